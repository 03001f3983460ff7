import { join } from 'path';
import { EntityManager } from 'typeorm';
import {
  CONTACTED_LEAD_STATUSES,
  districtDate,
  InteractionType,
  isGap,
  isPositiveDecimal,
  LEAD_MOVES,
  LeadSource,
  LeadStatus,
  mayOwnLeadOn,
  Priority,
  Role,
  searchIndex,
} from '@chainboard/domain';
import { chainNodeIdsByName, chainsSeed, MapSeed, mapNodeStatuses } from '@chainboard/server-chains';
import { MapCompanySeed, SeedCompany, seedCompany } from '@chainboard/server-companies';
import { isSeedDate, readSeedFile, seedDate, seedFiles, SeedStep } from '@chainboard/server-database';
import { ProjectsFileSeed } from '@chainboard/server-projects';
import { userIdByUsername, usersSeed } from '@chainboard/server-users';
import { Interaction } from './interaction.entity';
import { Lead, LeadNode } from './lead.entity';
import { Prospect } from './prospect.entity';

/** A date of a seed file: YYYY-MM-DD, or relative to the day the seed loads ("today", "today-12", "today+30"). */
type SeedDay = string;

export interface DemoContactSeed {
  type: InteractionType;
  on: SeedDay;
  /** The account that logged it (the lead's owner by default). */
  by?: string;
  ourPeople?: string;
  theirPeople?: string;
  summary: string;
  outcome?: string;
  nextStep?: string;
}

export interface DemoLeadSeed {
  title: string;
  company: string;
  /** Gap nodes (WEAK or MISSING on the map) the lead would fill. */
  nodes: string[];
  source: LeadSource;
  owner: string;
  status: LeadStatus;
  closeReason?: string;
  intendedInvestment?: number | string;
  createdOn: SeedDay;
  /** The first contact; the earliest contact's date when not given. */
  firstContactOn?: SeedDay;
  assessedOn?: SeedDay;
  nextAction?: string;
  nextActionDue?: SeedDay;
  contacts?: DemoContactSeed[];
}

export interface DemoProspectSeed {
  company: string;
  /** A gap node (WEAK or MISSING on the map). */
  node: string;
  priority: Priority;
  assignee?: string;
  reason: string;
}

/** One file of seeds/leads: a chain's demo leads with their contacts, and its prospects. All of it is invented. */
export interface DemoLeadsFileSeed {
  chain: string;
  /** Companies invented for the demonstration; others must be named by a map or a project file. */
  companies?: SeedCompany[];
  prospects?: DemoProspectSeed[];
  leads?: DemoLeadSeed[];
}

const STATUSES_NEEDING_ASSESSMENT: readonly LeadStatus[] = [LeadStatus.VISITED, LeadStatus.NEGOTIATING, LeadStatus.SHELVED];

function leadDates(lead: DemoLeadSeed, today: string): { createdOn: string; firstContactOn: string | null; assessedOn: string | null; lastContactOn: string | null; nextActionDue: string | null } {
  const day = (v: SeedDay | undefined) => (v === undefined ? null : seedDate(v, today));
  const contactDays = (lead.contacts ?? []).map((c) => seedDate(c.on, today)).sort();
  const firstContactOn = day(lead.firstContactOn) ?? contactDays[0] ?? null;
  const latest = [...contactDays, ...(firstContactOn ? [firstContactOn] : [])].sort();
  return {
    createdOn: seedDate(lead.createdOn, today),
    firstContactOn,
    assessedOn: day(lead.assessedOn),
    lastContactOn: latest.length ? latest[latest.length - 1] : null,
    nextActionDue: day(lead.nextActionDue),
  };
}

/**
 * The demo leads of seeds/leads (演示数据): per chain, leads with their contacts and prospects on the chain's gap
 * nodes, owned by the investment staff and the chain's lead-department members, so that "My work", the map's counts
 * and the lead lists show a working district on the first start. Every row (and every company invented for them) is
 * flagged is_demo. Dates relative to the load day ("today-3") make some leads overdue or stale on the first start, as
 * the time rules read them. One seed unit per chain ("demo-leads:<chain>"), loaded once, and only with the demo
 * (SEED_DEMO); without it nothing of these files loads.
 */
export function demoLeadsSeed(maps: SeedStep<MapSeed[]>, projects: SeedStep<ProjectsFileSeed[]>): SeedStep<DemoLeadsFileSeed[]> {
  return {
    name: 'demoLeads',
    read: (dir) => seedFiles(join(dir, 'leads')).map((file) => readSeedFile<DemoLeadsFileSeed>(file)),
    problems(files, other) {
      const chains = other(chainsSeed);
      const mapFiles = other(maps);
      const users = new Map(other(usersSeed).map((u) => [u.username, u]));
      const elsewhere = new Set([
        ...mapFiles.flatMap((map) => ((map['companies'] as MapCompanySeed[] | undefined) ?? []).map((c) => c.name)),
        ...other(projects).flatMap((f) => [...(f.companies ?? []).map((c) => c.name), ...f.projects.flatMap((p) => (p.plan?.company ? [p.plan.company] : []))]),
      ]);
      const today = districtDate();
      const problems: string[] = [];
      for (const file of files) {
        const where = `leads ${file.chain}`;
        const chain = chains.find((c) => c.code === file.chain);
        const map = mapFiles.find((m) => m.chain === file.chain);
        if (!chain || !map) {
          problems.push(`${where}: no chain or map with that code`);
          continue;
        }
        const nodes = mapNodeStatuses(map);
        const companies = new Set([...elsewhere, ...(file.companies ?? []).map((c) => c.name)]);
        const ownership = { leaderId: chain.leader, leadDepartmentId: chain.leadDepartment };
        const mayOwn = (username: string | undefined, what: string) => {
          if (username === undefined) return;
          const u = users.get(username);
          if (!u) problems.push(`${where}: unknown ${what} ${username}`);
          else if (!mayOwnLeadOn({ id: username, role: u.role as Role, departmentId: u.department ?? null }, ownership)) problems.push(`${where}: ${username} may not own leads on the chain`);
        };
        const gapNode = (name: string, what: string) => {
          const status = nodes.get(name);
          if (!status) problems.push(`${where}: ${what} on unknown node ${name}`);
          else if (!isGap(status)) problems.push(`${where}: ${what} on ${name}, which is not a gap (weak or missing)`);
        };
        const placed = new Set<string>();
        for (const p of file.prospects ?? []) {
          const what = `prospect ${p.company}`;
          if (!companies.has(p.company)) problems.push(`${where}: ${what} is an unknown company`);
          gapNode(p.node, what);
          if (placed.has(`${p.company}@${p.node}`)) problems.push(`${where}: ${what} is on ${p.node} twice`);
          placed.add(`${p.company}@${p.node}`);
          if (!Object.values(Priority).includes(p.priority)) problems.push(`${where}: ${what} has unknown priority`);
          mayOwn(p.assignee, 'assignee');
        }
        for (const l of file.leads ?? []) {
          const what = `lead ${l.title}`;
          if (!companies.has(l.company)) problems.push(`${where}: ${what} names unknown company ${l.company}`);
          for (const n of l.nodes) gapNode(n, what);
          if (!Object.values(LeadSource).includes(l.source)) problems.push(`${where}: ${what} has unknown source`);
          if (!Object.values(LeadStatus).includes(l.status) || l.status === LeadStatus.CONVERTED) problems.push(`${where}: ${what} has a status the demo cannot hold (${l.status})`);
          mayOwn(l.owner, 'owner');
          if (l.intendedInvestment !== undefined && !isPositiveDecimal(String(l.intendedInvestment))) problems.push(`${where}: ${what} intended investment is not a positive decimal`);
          const dates = [l.createdOn, l.firstContactOn, l.assessedOn, l.nextActionDue, ...(l.contacts ?? []).map((c) => c.on)].filter((d) => d !== undefined);
          if (dates.some((d) => !isSeedDate(d))) {
            problems.push(`${where}: ${what} has a date that is not one`);
            continue;
          }
          for (const c of l.contacts ?? []) {
            if (!Object.values(InteractionType).includes(c.type)) problems.push(`${where}: ${what} has a contact of unknown type ${c.type}`);
            if (c.by && !users.has(c.by)) problems.push(`${where}: ${what} has a contact by unknown ${c.by}`);
          }
          const d = leadDates(l, today);
          const past = [d.createdOn, d.firstContactOn, d.assessedOn, d.lastContactOn].filter((x): x is string => !!x);
          if (past.some((x) => x > today)) problems.push(`${where}: ${what} has a contact or date after today`);
          if (past.some((x) => x < d.createdOn)) problems.push(`${where}: ${what} has a contact before it was logged`);
          if (CONTACTED_LEAD_STATUSES.includes(l.status) && !d.firstContactOn) problems.push(`${where}: ${what} is ${l.status} without a first contact`);
          if (STATUSES_NEEDING_ASSESSMENT.includes(l.status) && !d.assessedOn) problems.push(`${where}: ${what} is ${l.status} without an assessment date`);
          if (LEAD_MOVES[l.status]?.reasonRequired && !l.closeReason?.trim()) problems.push(`${where}: ${what} is ${l.status} without a reason`);
        }
      }
      return problems;
    },
    async load(m, files, context) {
      if (!context.demo) return 0;
      let added = 0;
      for (const file of files) {
        const key = `demo-leads:${file.chain}`;
        if (await context.applied(key)) continue;
        const { chainId, nodeId } = await chainNodeIdsByName(m, file.chain);
        if (!chainId) continue;
        await loadChainDemo(m, file, chainId, nodeId, context.today);
        await context.markApplied(key);
        added++;
      }
      return added;
    },
  };
}

async function loadChainDemo(m: EntityManager, file: DemoLeadsFileSeed, chainId: string, nodeId: (name: string) => string | undefined, today: string): Promise<void> {
  const invented = new Map((file.companies ?? []).map((c) => [c.name, c]));
  const companyId = async (name: string) => (await seedCompany(m, invented.has(name) ? { ...invented.get(name)!, isDemo: true } : { name })).id;
  const users = new Map<string, string>();
  const userId = async (username: string) => {
    if (!users.has(username)) users.set(username, await userIdByUsername(m, username));
    return users.get(username)!;
  };
  for (const p of file.prospects ?? []) {
    const node = nodeId(p.node);
    if (!node) continue;
    const company = await companyId(p.company);
    // A prospect users entered on the same node first stays theirs.
    if (await m.existsBy(Prospect, { nodeId: node, companyId: company })) continue;
    await m.insert(Prospect, { nodeId: node, companyId: company, priority: p.priority, assigneeId: p.assignee ? await userId(p.assignee) : null, reason: p.reason.trim(), leadId: null, isDemo: true });
  }
  for (const l of file.leads ?? []) {
    const d = leadDates(l, today);
    const ownerId = await userId(l.owner);
    const company = await companyId(l.company);
    const lead = await m.save(
      m.create(Lead, {
        title: l.title,
        companyId: company,
        chainId,
        source: l.source,
        ownerId,
        status: l.status,
        closeReason: l.closeReason?.trim() || null,
        intendedInvestment: l.intendedInvestment !== undefined ? String(l.intendedInvestment) : null,
        nextAction: l.nextAction?.trim() || null,
        nextActionDue: d.nextActionDue,
        confidential: false,
        codeName: null,
        projectId: null,
        firstContactOn: d.firstContactOn,
        assessedOn: d.assessedOn,
        lastContactOn: d.lastContactOn,
        createdOn: d.createdOn,
        isDemo: true,
        ...searchIndex(l.title),
      }),
    );
    const nodeIds = [...new Set(l.nodes.map(nodeId).filter((id): id is string => !!id))];
    if (nodeIds.length) await m.insert(LeadNode, nodeIds.map((id) => ({ leadId: lead.id, nodeId: id })));
    const contacts = [...(l.contacts ?? [])].sort((a, b) => seedDate(a.on, today).localeCompare(seedDate(b.on, today)));
    for (const [i, c] of contacts.entries()) {
      const on = seedDate(c.on, today);
      await m.insert(Interaction, {
        companyId: company,
        leadId: lead.id,
        type: c.type,
        occurredOn: on,
        ourPeople: c.ourPeople ?? '',
        theirPeople: c.theirPeople ?? '',
        summary: c.summary.trim(),
        outcome: c.outcome?.trim() ?? '',
        nextStep: c.nextStep?.trim() ?? '',
        createdById: await userId(c.by ?? l.owner),
        createdAt: new Date(`${on}T10:${String(i % 60).padStart(2, '0')}:00+08:00`),
        isDemo: true,
        ...searchIndex(c.summary),
      });
    }
  }
}
