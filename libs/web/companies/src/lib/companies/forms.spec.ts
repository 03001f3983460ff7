import { toNewCompanyInput, toUpdateCompanyInput, companyFormValues } from './forms';

describe('company form', () => {
  it('makes a new company: trimmed, blanks left out, code normalised, aliases split without the name', () => {
    expect(
      toNewCompanyInput({
        name: ' 成都华日通讯有限公司 ',
        englishName: ' ',
        aliases: ['华日通讯，华日', '成都华日通讯有限公司', '华日'],
        creditCode: ' ９１５１0100ma6c ',
        province: '四川省',
        city: '',
        headquarters: null,
        isListed: true,
        isLocal: false,
      }),
    ).toEqual({ name: '成都华日通讯有限公司', aliases: ['华日通讯', '华日'], creditCode: '91510100MA6C', province: '四川省', isListed: true, isLocal: false });
  });

  it('sends allowDuplicate only when the user confirmed a similar name', () => {
    expect(toNewCompanyInput({ name: '华日' }, true)).toEqual({ name: '华日', allowDuplicate: true });
    expect(toNewCompanyInput({ name: '华日' })).toEqual({ name: '华日' });
  });

  it('updates every field, clearing emptied ones, with the version the editor saw', () => {
    const company = {
      id: 'c1',
      version: 3,
      name: '华日通讯',
      englishName: 'Huari',
      aliases: ['华日'],
      creditCode: null,
      province: '四川省',
      city: '成都市',
      headquarters: null,
      isListed: false,
      isLocal: true,
      openLeadCount: 0,
      lastContactOn: null,
      updatedAt: '2025-01-01T00:00:00Z',
      tags: [],
    };
    const values = { ...companyFormValues(company), englishName: '', city: '  ', aliases: [] };
    expect(toUpdateCompanyInput(company, values)).toEqual({
      companyId: 'c1',
      expectedVersion: 3,
      name: '华日通讯',
      englishName: null,
      aliases: [],
      creditCode: null,
      province: '四川省',
      city: null,
      headquarters: null,
      isListed: false,
      isLocal: true,
    });
  });
});
