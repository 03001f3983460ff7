import { join } from 'path';
import { EntityManager } from 'typeorm';
import { companyIndex, CompanyListCategory, CompanyRole, ListLevel } from '@chainboard/domain';
import { ChainMapSeedPart, MapSeed } from '@chainboard/server-chains';
import { readSeedFile, SeedStep } from '@chainboard/server-database';
import { CompanyList } from './company-list.entity';
import { Company } from './company.entity';
import { NodeCompany } from './node-company.entity';

export interface CompanyListSeed {
  name: string;
  category: CompanyListCategory;
  level?: ListLevel | null;
  publisher?: string | null;
}

/** The companies a map file places on its nodes (its `companies` part). */
export interface MapCompanySeed {
  name: string;
  node: string;
  role: CompanyRole;
}

/** The lists of company-lists.yaml (六类500强, 专精特新 …), added by name. */
export const companyListsSeed: SeedStep<CompanyListSeed[]> = {
  name: 'companyLists',
  read: (dir) => readSeedFile<{ lists: CompanyListSeed[] }>(join(dir, 'company-lists.yaml')).lists,
  problems(lists) {
    const problems: string[] = [];
    for (const l of lists) {
      if (!Object.values(CompanyListCategory).includes(l.category)) problems.push(`company list ${l.name}: unknown category ${l.category}`);
      if (l.level && !Object.values(ListLevel).includes(l.level)) problems.push(`company list ${l.name}: unknown level ${l.level}`);
    }
    return problems;
  },
  async load(m, lists) {
    let added = 0;
    for (const l of lists) {
      if (await m.existsBy(CompanyList, { name: l.name })) continue;
      await m.insert(CompanyList, { name: l.name, category: l.category, level: l.level ?? null, publisher: l.publisher ?? null });
      added++;
    }
    return added;
  },
};

const mapCompanies = (map: MapSeed): MapCompanySeed[] => (map['companies'] as MapCompanySeed[] | undefined) ?? [];

/** The companies on a seeded map's nodes: a company named on several nodes is one company. */
export const mapCompaniesSeed: ChainMapSeedPart = {
  problems(map, nodes) {
    const where = `map ${map.chain}`;
    const problems: string[] = [];
    const placed = new Set<string>();
    for (const c of mapCompanies(map)) {
      if (placed.has(`${c.name}@${c.node}`)) problems.push(`${where}: company ${c.name} is on node ${c.node} twice`);
      placed.add(`${c.name}@${c.node}`);
      if (!nodes.has(c.node)) problems.push(`${where}: company ${c.name} is on unknown node ${c.node}`);
      if (!Object.values(CompanyRole).includes(c.role)) problems.push(`${where}: company ${c.name} has unknown role`);
    }
    return problems;
  },
  async load(m, map, nodeId) {
    for (const c of mapCompanies(map)) {
      let company = await m.findOneBy(Company, { name: c.name });
      company ??= await m.save(m.create(Company, { name: c.name, isLocal: c.role !== CompanyRole.TARGET, ...companyIndex({ name: c.name }) }));
      await m.insert(NodeCompany, { nodeId: nodeId(c.node), companyId: company.id, role: c.role });
    }
  },
};

/** A company that another feature's seed file names (a project's investor, a lead's or a prospect's company). */
export interface SeedCompany {
  name: string;
  /** The registered name, kept as an alias when it differs from the name. */
  fullName?: string | null;
  isLocal?: boolean;
  /** Invented for the demonstration (演示数据). */
  isDemo?: boolean;
}

/**
 * For other features' seeds: the company of that name, created with its search index when missing. An existing one
 * (the same company on a map, or one users entered) is answered as it is.
 */
export async function seedCompany(m: EntityManager, c: SeedCompany): Promise<Company> {
  const existing = await m.findOneBy(Company, { name: c.name });
  if (existing) return existing;
  const aliases = c.fullName && c.fullName !== c.name ? [c.fullName] : [];
  return m.save(m.create(Company, { name: c.name, aliases, isLocal: c.isLocal ?? false, isDemo: c.isDemo ?? false, ...companyIndex({ name: c.name, aliases }) }));
}
