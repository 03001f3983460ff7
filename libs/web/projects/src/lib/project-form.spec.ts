import type { ProjectDetailFieldsFragment } from '@chainboard/web-graphql';
import { card } from '../test/fixtures';
import { changedFields, newProjectValues, projectFormValues, toCreateInput, toUpdateInput } from './project-form';

const project = {
  ...card('p1', 'SIGNED', { agreedInvestment: '20.0000', version: 5 }),
  chainId: 'chain-1',
  companyId: 'company-1',
  ownerId: 'u1',
  responsibleLeaderId: null,
  responsibleUnitId: null,
  codeName: null,
  foreignAmount: null,
  foreignCurrency: null,
  carrier: '京东西南总部大楼',
  landAreaMu: null,
  floorSpaceM2: '255000',
  expectedOutput: null,
  expectedTax: null,
  expectedJobs: 800,
  registeredCompanyName: null,
  registeredCreditCode: null,
  nodes: [
    { id: 'n2', name: '产业互联网' },
    { id: 'n1', name: '数字内容制作' },
  ],
} as unknown as ProjectDetailFieldsFragment;

describe('the project form', () => {
  it('sends only what the user changed, at the version the form opened with', () => {
    const opened = projectFormValues(project);
    const edited = { ...opened, carrier: ' 京东西南总部大楼 ', agreedInvestment: '25.5', nodeIds: ['n1', 'n2'], foreignCurrency: 'usd', foreignAmount: '3' };
    expect(changedFields(opened, edited)).toEqual(['agreedInvestment', 'foreignAmount', 'foreignCurrency']);
    expect(toUpdateInput('p1', 5, opened, edited)).toEqual({ projectId: 'p1', expectedVersion: 5, agreedInvestment: '25.5', foreignAmount: '3', foreignCurrency: 'USD' });
  });

  it('compares amounts as the API reads them, and clears a field with null', () => {
    const opened = projectFormValues(project);
    expect(changedFields(opened, { ...opened, agreedInvestment: '２０.0000', floorSpaceM2: '255,000' })).toEqual([]);
    expect(toUpdateInput('p1', 5, opened, { ...opened, carrier: '  ', expectedJobs: null })).toEqual({ projectId: 'p1', expectedVersion: 5, carrier: null, expectedJobs: null });
  });

  it('creates a project with the picked company, or a new company by name, leaving empty fields out', () => {
    expect(toCreateInput({ ...newProjectValues('chain-1'), name: ' 锦江电子高值医疗器械研发生产项目 ', companyId: 'c1', agreedInvestment: '8' })).toEqual({
      name: '锦江电子高值医疗器械研发生产项目',
      chainId: 'chain-1',
      companyId: 'c1',
      type: 'INDUSTRIALISATION',
      agreedInvestment: '8',
      confidential: false,
    });
    expect(toCreateInput({ ...newProjectValues('chain-1'), name: '曹永革光电新材料研究中心', type: 'RND_CENTRE', newCompanyName: ' 成都某新材料研究院 ' })).toEqual({
      name: '曹永革光电新材料研究中心',
      chainId: 'chain-1',
      type: 'RND_CENTRE',
      confidential: false,
      company: { name: '成都某新材料研究院' },
    });
  });
});
