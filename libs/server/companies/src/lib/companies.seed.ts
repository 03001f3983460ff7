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
  /** The name the plan (and the other seed files) call the company by. */
  name: string;
  /** The registered name, when the seed knows it: the company's name in the database, `name` becoming an alias. */
  fullName?: string;
  /** Other spellings the plan uses for the company (e.g. 华日通信 beside 华日通讯), kept as aliases for search. */
  aliases?: string[];
  node: string;
  role: CompanyRole;
}

/** A company the plan names, in seeds/companies.yaml: one no map places on a node, or one a map places too. */
export interface PlanCompanySeed {
  name: string;
  /** The plan's other spellings of the same company. */
  aliases?: string[];
  /** Where the plan names it: section and its words. */
  source: string;
  /** Located in the district (every company the plan names as the district's is). */
  isLocal?: boolean;
}

/** The names a company goes by in the database for a seed entry: its stored name first, then its aliases. */
export function seedCompanyNames(c: { name: string; fullName?: string | null; aliases?: readonly string[] | null }): { name: string; aliases: string[] } {
  const name = c.fullName?.trim() || c.name;
  const aliases = [...new Set([c.name, ...(c.aliases ?? [])].map((a) => a.trim()).filter((a) => a.length > 0 && a !== name))];
  return { name, aliases };
}

/** The company any of these names belongs to, as its name or one of its aliases (the name wins). */
export async function findCompanyByNames(m: EntityManager, names: readonly string[]): Promise<Company | null> {
  const wanted = [...new Set(names)];
  if (!wanted.length) return null;
  const byName = await m.findOne(Company, { where: wanted.map((name) => ({ name })), order: { createdAt: 'ASC' } });
  if (byName) return byName;
  return m
    .createQueryBuilder(Company, 'c')
    .where('c.aliases && CAST(:names AS text[])', { names: wanted })
    .orderBy('c.created_at', 'ASC')
    .getOne();
}

/**
 * Brings a company a seed names up to the seed: the registered name replaces a short name the seed used before (unless
 * another company already has it), and the seed's aliases are added to the company's own. Answers whether it changed.
 */
async function mendCompanyNames(m: EntityManager, company: Company, seeded: { name: string; aliases: string[] }): Promise<boolean> {
  const shortNames = new Set(seeded.aliases);
  let name = company.name;
  if (name !== seeded.name && shortNames.has(name) && !(await m.existsBy(Company, { name: seeded.name }))) name = seeded.name;
  const aliases = [...new Set([...company.aliases, ...seeded.aliases, ...(name !== company.name ? [company.name] : [])])].filter((a) => a !== name);
  if (name === company.name && aliases.length === company.aliases.length) return false;
  await m.update(Company, { id: company.id }, { name, aliases, ...companyIndex({ name, englishName: company.englishName, aliases }) });
  return true;
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
      const names = seedCompanyNames(c);
      let company = await findCompanyByNames(m, [names.name, ...names.aliases]);
      if (company) await mendCompanyNames(m, company, names);
      company ??= await m.save(m.create(Company, { ...names, isLocal: c.role !== CompanyRole.TARGET, ...companyIndex(names) }));
      await m.insert(NodeCompany, { nodeId: nodeId(c.node), companyId: company.id, role: c.role });
    }
  },
  /**
   * A map drawn by an earlier seed: its companies take their registered names and the plan's other spellings as
   * aliases; a company new to the file is added on its node (when the node is there). A company already in the
   * database keeps the nodes its editors left it on.
   */
  async mend(m, map, nodeId) {
    for (const c of mapCompanies(map)) {
      const names = seedCompanyNames(c);
      const company = await findCompanyByNames(m, [names.name, ...names.aliases]);
      if (company) {
        await mendCompanyNames(m, company, names);
        continue;
      }
      const created = await m.save(m.create(Company, { ...names, isLocal: c.role !== CompanyRole.TARGET, ...companyIndex(names) }));
      const node = nodeId(c.node);
      if (node) await m.insert(NodeCompany, { nodeId: node, companyId: created.id, role: c.role });
    }
  },
};

/**
 * The companies the plan names that seeds/companies.yaml lists (those no map places on a node, with the plan's words
 * naming them), each added once (seed unit "company:<name>"): one already in the database by any of its names gains
 * the plan's spellings as aliases.
 */
export const planCompaniesSeed: SeedStep<PlanCompanySeed[]> = {
  name: 'companies',
  read: (dir) => readSeedFile<{ companies: PlanCompanySeed[] }>(join(dir, 'companies.yaml')).companies,
  problems(companies) {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of companies) {
      if (seen.has(c.name)) problems.push(`companies: ${c.name} is listed twice`);
      seen.add(c.name);
      if (!c.source?.trim()) problems.push(`companies: ${c.name} has no source (where the plan names it)`);
    }
    return problems;
  },
  async load(m, companies, context) {
    let added = 0;
    for (const c of companies) {
      const key = `company:${c.name}`;
      if (await context.applied(key)) continue;
      const names = seedCompanyNames(c);
      const company = await findCompanyByNames(m, [names.name, ...names.aliases]);
      if (company) await mendCompanyNames(m, company, names);
      else await m.insert(Company, { ...names, isLocal: c.isLocal ?? true, ...companyIndex(names) });
      await context.markApplied(key);
      added++;
    }
    return added;
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
 * For other features' seeds: the company of that name (or alias: a map company is stored under its registered name),
 * created with its search index when missing. An existing one (the same company on a map, or one users entered) is
 * answered as it is.
 */
export async function seedCompany(m: EntityManager, c: SeedCompany): Promise<Company> {
  const existing = await findCompanyByNames(m, [c.name]);
  if (existing) return existing;
  const aliases = c.fullName && c.fullName !== c.name ? [c.fullName] : [];
  return m.save(m.create(Company, { name: c.name, aliases, isLocal: c.isLocal ?? false, isDemo: c.isDemo ?? false, ...companyIndex({ name: c.name, aliases }) }));
}
