import { companyListFormValues, toCreateCompanyListInput, toUpdateCompanyListInput } from './forms';

const list = { id: 'l1', name: '专精特新“小巨人”企业（省级）', category: 'LITTLE_GIANT', level: 'PROVINCIAL', publisher: '四川省经济和信息化厅' } as const;

describe('company list form', () => {
  it('makes a new list: trimmed, a blank level or publisher left out', () => {
    expect(toCreateCompanyListInput({ name: ' 武侯区重点企业 ', category: 'OTHER', level: null, publisher: '  ' })).toEqual({ name: '武侯区重点企业', category: 'OTHER' });
    expect(toCreateCompanyListInput({ name: '瞪羚企业', category: 'OTHER', level: 'MUNICIPAL', publisher: ' 成都市科学技术局 ' })).toEqual({
      name: '瞪羚企业',
      category: 'OTHER',
      level: 'MUNICIPAL',
      publisher: '成都市科学技术局',
    });
  });

  it('sends nothing but the list when the form is saved unchanged', () => {
    expect(toUpdateCompanyListInput(list, companyListFormValues(list))).toEqual({ listId: 'l1' });
    const untouched = { id: 'l2', name: '隐形冠军企业', category: 'HIDDEN_CHAMPION', level: null, publisher: null } as const;
    expect(toUpdateCompanyListInput(untouched, { ...companyListFormValues(untouched), publisher: ' ' })).toEqual({ listId: 'l2' });
  });

  it('sends only the fields changed: a rename, a new category', () => {
    expect(toUpdateCompanyListInput(list, { ...companyListFormValues(list), name: ' 专精特新“小巨人”（省级） ' })).toEqual({ listId: 'l1', name: '专精特新“小巨人”（省级）' });
    expect(toUpdateCompanyListInput(list, { ...companyListFormValues(list), category: 'OTHER', level: 'NATIONAL' })).toEqual({ listId: 'l1', category: 'OTHER', level: 'NATIONAL' });
  });

  it('clears a level or publisher emptied in the form (null)', () => {
    expect(toUpdateCompanyListInput(list, { ...companyListFormValues(list), level: undefined, publisher: '' })).toEqual({ listId: 'l1', level: null, publisher: null });
  });
});
