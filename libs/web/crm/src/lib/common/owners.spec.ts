import { ownerCandidates, type OwnerCandidate } from './owners';

const staff: OwnerCandidate = { id: 'u-staff', displayName: '招商专员一', role: 'INVESTMENT_STAFF', departmentId: null };
const viewer: OwnerCandidate = { id: 'u-viewer', displayName: '只读用户', role: 'VIEWER', departmentId: null };
const admin: OwnerCandidate = { id: 'u-admin', displayName: '系统管理员', role: 'ADMIN', departmentId: null };
const healthLeader: OwnerCandidate = { id: 'u-health', displayName: '健康+链长', role: 'CHAIN_LEADER', departmentId: null };
const jkx: OwnerCandidate = { id: 'u-jkx', displayName: '科技局干部', role: 'LEAD_DEPARTMENT_MEMBER', departmentId: 'd-jkx' };
const users = [staff, viewer, admin, healthLeader, jkx];

const health = { leaderId: 'u-health', leadDepartmentId: 'd-wjj' };
const materials = { leaderId: 'u-materials', leadDepartmentId: 'd-jkx' };

describe('ownerCandidates', () => {
  it('never offers a viewer as the owner of a lead, on any chain or none', () => {
    expect(ownerCandidates(users).map((u) => u.id)).not.toContain('u-viewer');
    expect(ownerCandidates(users, 'lead.own', health).map((u) => u.id)).not.toContain('u-viewer');
    expect(ownerCandidates([viewer], 'project.own')).toEqual([]);
  });

  it('offers whoever the permissions table lets own leads: staff everywhere, leaders and lead departments on their own chains', () => {
    expect(ownerCandidates(users).map((u) => u.id)).toEqual(['u-staff', 'u-admin', 'u-health', 'u-jkx']);
    expect(ownerCandidates(users, 'lead.own', health).map((u) => u.id)).toEqual(['u-staff', 'u-admin', 'u-health']);
    expect(ownerCandidates(users, 'lead.own', materials).map((u) => u.id)).toEqual(['u-staff', 'u-admin', 'u-jkx']);
  });

  it('reads all of a user’s roles and the chains they are assigned to', () => {
    const viewerAndStaff: OwnerCandidate = { ...viewer, id: 'u-both', roles: ['VIEWER', 'INVESTMENT_STAFF'] };
    expect(ownerCandidates([viewerAndStaff]).map((u) => u.id)).toEqual(['u-both']);
    const assigned: OwnerCandidate = { ...jkx, id: 'u-assigned', departmentId: 'd-other', chainIds: ['health-plus'] };
    expect(ownerCandidates([assigned], 'lead.own', { ...health, id: 'health-plus' }).map((u) => u.id)).toEqual(['u-assigned']);
    expect(ownerCandidates([assigned], 'lead.own', { ...materials, id: 'new-materials' })).toEqual([]);
  });
});
