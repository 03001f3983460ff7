import { changeRows, fieldLabel } from './ChangeHistory';

describe('the rows of a change', () => {
  it('shows an update’s changed fields with both values, and an insert’s or a delete’s filled fields without the id', () => {
    expect(changeRows({ action: 'update', before: { city: null, stage: 'NEGOTIATING' }, after: { city: '上海市', stage: 'SIGNED' } })).toEqual([
      { field: 'city', before: null, after: '上海市' },
      { field: 'stage', before: 'NEGOTIATING', after: 'SIGNED' },
    ]);
    expect(changeRows({ action: 'insert', before: null, after: { id: 'x', name: '企业', city: null } })).toEqual([{ field: 'name', before: null, after: '企业' }]);
    expect(changeRows({ action: 'delete', before: { id: 'x', title: '线索', note: '' }, after: null })).toEqual([
      { field: 'title', before: '线索', after: null },
      { field: 'note', before: '', after: null },
    ]);
  });

  it('names a column as the app names the field in the user’s language, or by the column itself', () => {
    expect(fieldLabel('credit_code', 'zh-CN')).not.toBe('credit_code');
    expect(fieldLabel('no_such_column', 'en')).toBe('no_such_column');
  });
});
