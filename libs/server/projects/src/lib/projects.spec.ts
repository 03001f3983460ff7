import { ProjectStage, ProjectType, Role } from '@chainboard/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { ChainsService } from '@chainboard/server-chains';
import { isProjectMasked, ProjectAccess } from './project-access';
import { fundsSharePercent, namesText, sameValue } from './project-values';
import { Project } from './project.entity';

function project(fields: Partial<Project>): Project {
  return Object.assign(new Project(), {
    id: 'p1',
    name: '京东西南总部',
    chainId: 'c1',
    companyId: 'co1',
    type: ProjectType.REGIONAL_HQ,
    stage: ProjectStage.SIGNED,
    agreedInvestment: '20',
    carrier: '武侯新城',
    confidential: false,
    codeName: null,
    ownerId: 'owner',
    ...fields,
  });
}

describe('project values', () => {
  it('compares decimals by value and everything else exactly', () => {
    expect(sameValue('20.0000', '20')).toBe(true);
    expect(sameValue('20.5', '20.50')).toBe(true);
    expect(sameValue('99999999999999.9999', '99999999999999.9998')).toBe(false);
    expect(sameValue(null, '0')).toBe(false);
    expect(sameValue('A', 'A')).toBe(true);
    expect(sameValue(3, 3)).toBe(true);
  });

  it('gives the share of funds in place to one decimal, exactly', () => {
    expect(fundsSharePercent('4.7345', '20')).toBe(23.7);
    expect(fundsSharePercent('1', '3')).toBe(33.3);
    expect(fundsSharePercent('2', '3')).toBe(66.7);
    expect(fundsSharePercent('0', '20')).toBe(0);
    expect(fundsSharePercent('30', '20')).toBe(150);
    expect(fundsSharePercent('1', '0')).toBeNull();
    expect(fundsSharePercent('1', null)).toBeNull();
  });

  it('writes names for the timeline', () => {
    expect(namesText(['射频器件', '电子陶瓷'])).toBe(['射频器件', '电子陶瓷'].sort().join('、'));
    expect(namesText(['b', 'a'])).toBe('a、b');
    expect(namesText([])).toBeNull();
  });
});

describe('project access', () => {
  const queries: string[] = [];
  const manager = {} as EntityManager;
  // Who leads each chain comes from the chains feature; each call is one SQL statement there.
  const chains = {
    leaders: async (ids: readonly string[], m: EntityManager) => {
      queries.push(`leaders of ${ids.join(',')}${m === manager ? ' in the manager given' : ''}`);
      return new Map([['c1', 'leader']]);
    },
  } as unknown as ChainsService;
  const access = new ProjectAccess({ manager } as unknown as DataSource, chains);
  const staff = { id: 'someone', role: Role.INVESTMENT_STAFF, departmentId: null };

  beforeEach(() => (queries.length = 0));

  it('masks a confidential project for those who are neither its owner, its chain leader, an admin nor a district leader', async () => {
    const secret = project({ confidential: true, codeName: '代号甲' });
    const [masked] = await access.present(staff, [secret], manager);
    expect(isProjectMasked(masked)).toBe(true);
    expect(masked).toMatchObject({ name: '代号甲', companyId: null, agreedInvestment: null, carrier: null, tier: null, stage: ProjectStage.SIGNED, chainId: 'c1' });
    expect(isProjectMasked(secret)).toBe(false);
    expect(secret.name).toBe('京东西南总部');
    for (const reader of [
      { id: 'owner', role: Role.INVESTMENT_STAFF, departmentId: null },
      { id: 'leader', role: Role.CHAIN_LEADER, departmentId: null },
      { id: 'x', role: Role.ADMIN, departmentId: null },
      { id: 'y', role: Role.DISTRICT_LEADER, departmentId: null },
    ]) {
      expect(isProjectMasked((await access.present(reader, [secret], manager))[0])).toBe(false);
    }
  });

  it('reads the chain leaders once for a list, and not at all when nothing is confidential unless asked', async () => {
    await access.present(staff, [project({}), project({ id: 'p2' })], manager);
    expect(queries).toHaveLength(0);
    await access.present(staff, [project({}), project({ id: 'p2', confidential: true })], manager);
    expect(queries).toEqual(['leaders of c1 in the manager given']);
    await access.present(staff, [project({})], manager, { always: true });
    expect(queries).toHaveLength(2);
  });
});
