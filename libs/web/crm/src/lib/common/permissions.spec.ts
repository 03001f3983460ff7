import { Role } from '@chainboard/domain';
import { chainsAllowing, chainsLedBy, crmAbilities, NO_CRM_ABILITIES } from './permissions';

const actor = (role: Role, id = 'u1', departmentId: string | null = null) => ({ id, role, departmentId });
const chains = [
  { id: 'c1', leaderId: 'leader-1', leadDepartmentId: 'dept-1' },
  { id: 'c2', leaderId: 'leader-2', leadDepartmentId: 'dept-2' },
];

describe('crmAbilities', () => {
  it('lets investment staff do their daily work: companies, merges, imports, leads, prospects', () => {
    expect(crmAbilities(actor(Role.INVESTMENT_STAFF))).toEqual({
      editCompanies: true,
      mergeCompanies: true,
      importData: true,
      editLeads: true,
      editProspects: true,
      manageCompanyLists: false,
    });
  });

  it('leaves viewers and the signed-out read-only', () => {
    expect(crmAbilities(actor(Role.VIEWER))).toEqual(NO_CRM_ABILITIES);
    expect(crmAbilities(null)).toEqual(NO_CRM_ABILITIES);
  });

  it('lets a chain leader edit companies and leads but not merge or import', () => {
    expect(crmAbilities(actor(Role.CHAIN_LEADER))).toEqual({
      editCompanies: true,
      mergeCompanies: false,
      importData: false,
      editLeads: true,
      editProspects: true,
      manageCompanyLists: false,
    });
  });

  it('lets only admins keep the company lists', () => {
    expect(crmAbilities(actor(Role.ADMIN)).manageCompanyLists).toBe(true);
    for (const role of [Role.DISTRICT_LEADER, Role.LEAD_DEPARTMENT_MEMBER, Role.INVESTMENT_STAFF, Role.VIEWER]) {
      expect(crmAbilities(actor(role)).manageCompanyLists).toBe(false);
    }
  });
});

describe('per-chain rights', () => {
  it('gives staff every chain and a chain leader only their own for leads', () => {
    expect(chainsAllowing(actor(Role.INVESTMENT_STAFF), 'lead.edit', chains).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(chainsAllowing(actor(Role.CHAIN_LEADER, 'leader-2'), 'lead.edit', chains).map((c) => c.id)).toEqual(['c2']);
    expect(chainsAllowing(actor(Role.LEAD_DEPARTMENT_MEMBER, 'm', 'dept-1'), 'lead.edit', chains).map((c) => c.id)).toEqual(['c1']);
    expect(chainsAllowing(actor(Role.VIEWER), 'lead.edit', chains)).toEqual([]);
  });

  it('finds the chains a leader leads, for the chain view of "My work"', () => {
    expect(chainsLedBy(actor(Role.CHAIN_LEADER, 'leader-1'), chains).map((c) => c.id)).toEqual(['c1']);
    expect(chainsLedBy(actor(Role.CHAIN_LEADER, 'leader-spare'), chains)).toEqual([]);
    expect(chainsLedBy(actor(Role.INVESTMENT_STAFF, 'leader-1'), chains)).toEqual([]);
  });
});
