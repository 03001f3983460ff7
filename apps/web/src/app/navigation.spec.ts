import { Role } from '@chainboard/domain';
import { landsOnDashboard, landsOnMyWork, navEntries, navGroupOf, navItemOf, navItems } from './navigation';

describe('navigation', () => {
  it('puts "My work" first for investment staff and the chains overview first for everyone else', () => {
    expect(navItems(Role.INVESTMENT_STAFF)).toEqual(['myWork', 'chains', 'companies', 'leads', 'prospects', 'projectBoard', 'projects', 'meetings', 'dashboard', 'ranking']);
    expect(navItems(Role.DISTRICT_LEADER)).toEqual(['chains', 'myWork', 'companies', 'leads', 'prospects', 'projectBoard', 'projects', 'meetings', 'dashboard', 'ranking']);
    expect(navItems(null)[0]).toBe('chains');
  });

  it('shows the company lists (企业名录) only to those who may manage them: admins', () => {
    expect(navItems(Role.ADMIN)).toEqual(['chains', 'myWork', 'companies', 'leads', 'prospects', 'projectBoard', 'projects', 'meetings', 'dashboard', 'ranking', 'companyLists', 'users', 'departments', 'auditLog', 'recycleBin']);
    for (const role of [Role.INVESTMENT_STAFF, Role.CHAIN_LEADER, Role.DISTRICT_LEADER, Role.LEAD_DEPARTMENT_MEMBER, Role.VIEWER, null, 'UNKNOWN']) {
      expect(navItems(role)).not.toContain('companyLists');
    }
  });

  it('shows the account and department administration only to admins', () => {
    for (const role of [Role.INVESTMENT_STAFF, Role.CHAIN_LEADER, Role.DISTRICT_LEADER, Role.LEAD_DEPARTMENT_MEMBER, Role.MEETING_SECRETARY, Role.VIEWER, null]) {
      expect(navItems(role)).not.toContain('users');
      expect(navItems(role)).not.toContain('departments');
      expect(navItems(role)).not.toContain('auditLog');
      expect(navItems(role)).not.toContain('recycleBin');
    }
    expect(navItemOf('/admin/users')).toBe('users');
    expect(navItemOf('/admin/departments')).toBe('departments');
    expect(navItemOf('/admin/audit')).toBe('auditLog');
    expect(navItemOf('/admin/recycle-bin')).toBe('recycleBin');
  });

  it('lands chain leaders on the dashboard (驾驶舱), first in their navigation with the ranking', () => {
    expect(landsOnDashboard('CHAIN_LEADER')).toBe(true);
    for (const role of ['DISTRICT_LEADER', 'INVESTMENT_STAFF', 'ADMIN', undefined]) expect(landsOnDashboard(role)).toBe(false);
    expect(navItems(Role.CHAIN_LEADER)).toEqual(['dashboard', 'ranking', 'chains', 'myWork', 'companies', 'leads', 'prospects', 'projectBoard', 'projects', 'meetings']);
    expect(navItemOf('/dashboard/chains/3f0c2a4e')).toBe('dashboard');
    expect(navItemOf('/ranking')).toBe('ranking');
  });

  it('lands investment staff on "My work"', () => {
    expect(landsOnMyWork('INVESTMENT_STAFF')).toBe(true);
    expect(landsOnMyWork('VIEWER')).toBe(false);
    expect(landsOnMyWork(undefined)).toBe(false);
  });

  it('marks the section of a page', () => {
    expect(navItemOf('/')).toBe('chains');
    expect(navItemOf('/chains/abc/map')).toBe('chains');
    expect(navItemOf('/my-work')).toBe('myWork');
    expect(navItemOf('/companies/new')).toBe('companies');
    expect(navItemOf('/leads/3f0c2a4e')).toBe('leads');
    expect(navItemOf('/company-lists')).toBe('companyLists');
    expect(navItemOf('/projects/board')).toBe('projectBoard');
    expect(navItemOf('/projects')).toBe('projects');
    expect(navItemOf('/projects/3f0c2a4e')).toBe('projects');
    expect(navItemOf('/projects/new')).toBe('projects');
    expect(navItemOf('/leadsx')).toBeNull();
    expect(navItemOf('/search')).toBeNull();
  });

  it('folds the pipeline, the figures and the administration into one menu each, where their first section stands', () => {
    expect(navEntries(Role.ADMIN)).toEqual([
      { item: 'chains' },
      { item: 'myWork' },
      { item: 'companies' },
      { item: 'leads' },
      { item: 'prospects' },
      { group: 'pipeline', items: ['projectBoard', 'projects', 'meetings'] },
      { group: 'analysis', items: ['dashboard', 'ranking'] },
      { group: 'admin', items: ['companyLists', 'users', 'departments', 'auditLog', 'recycleBin'] },
    ]);
    expect(navEntries(Role.CHAIN_LEADER).slice(0, 2)).toEqual([{ group: 'analysis', items: ['dashboard', 'ranking'] }, { item: 'chains' }]);
    expect(navEntries(Role.INVESTMENT_STAFF).some((e) => 'group' in e && e.group === 'admin')).toBe(false);
    expect(navGroupOf('companyLists')).toBe('admin');
    expect(navGroupOf('leads')).toBeUndefined();
  });
});
