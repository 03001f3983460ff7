import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor, districtDate } from '@chainboard/domain';
import { ChainsService } from '@chainboard/server-chains';
import { CompaniesService, CompanyListInput } from '@chainboard/server-companies';
import { badInput, currentLanguage, translate } from '@chainboard/server-core';
import { CLOCK, Clock, Lead, LeadListInput, LeadsService, ProspectListInput, ProspectsService, todayOf } from '@chainboard/server-leads';
import { ProjectListInput, ProjectsService } from '@chainboard/server-projects';
import { User } from '@chainboard/server-users';
import { buildWorkbook, ExportColumn, ExportValue } from './export';
import { ExportColumnInfo, ExportFile, ExportTable } from './spreadsheet.types';

/** The columns each table can export, in their default order; the headings match what the importer reads. */
export const EXPORT_COLUMNS: Record<ExportTable, Array<{ key: string; kind?: ExportColumn['kind'] }>> = {
  [ExportTable.COMPANIES]: [
    { key: 'name' },
    { key: 'creditCode' },
    { key: 'englishName' },
    { key: 'aliases' },
    { key: 'province' },
    { key: 'city' },
    { key: 'headquarters' },
    { key: 'isListed', kind: 'boolean' },
    { key: 'isLocal', kind: 'boolean' },
    { key: 'updatedAt', kind: 'date' },
  ],
  [ExportTable.LEADS]: [
    { key: 'title' },
    { key: 'company' },
    { key: 'creditCode' },
    { key: 'chain' },
    { key: 'status' },
    { key: 'source' },
    { key: 'owner' },
    { key: 'intendedInvestment', kind: 'decimal' },
    { key: 'nextAction' },
    { key: 'nextActionDue', kind: 'date' },
    { key: 'confidential', kind: 'boolean' },
    { key: 'createdOn', kind: 'date' },
    { key: 'lastContactOn', kind: 'date' },
  ],
  [ExportTable.PROSPECTS]: [
    { key: 'company' },
    { key: 'creditCode' },
    { key: 'chain' },
    { key: 'node' },
    { key: 'priority' },
    { key: 'assignee' },
    { key: 'reason' },
    { key: 'converted', kind: 'boolean' },
    { key: 'addedOn', kind: 'date' },
  ],
  [ExportTable.PROJECTS]: [
    { key: 'name' },
    { key: 'company' },
    { key: 'chain' },
    { key: 'nodes' },
    { key: 'type' },
    { key: 'stage' },
    { key: 'stageOn', kind: 'date' },
    { key: 'agreedInvestment', kind: 'decimal' },
    { key: 'tier' },
    { key: 'foreignAmount', kind: 'decimal' },
    { key: 'foreignCurrency' },
    { key: 'fundsInPlace', kind: 'decimal' },
    { key: 'light' },
    { key: 'owner' },
    { key: 'responsibleLeader' },
    { key: 'responsibleUnit' },
    { key: 'carrier' },
    { key: 'landAreaMu', kind: 'decimal' },
    { key: 'floorSpaceM2', kind: 'decimal' },
    { key: 'expectedOutput', kind: 'decimal' },
    { key: 'expectedTax', kind: 'decimal' },
    { key: 'expectedJobs' },
    { key: 'signedOn', kind: 'date' },
    { key: 'registeredCompanyName' },
    { key: 'registeredCreditCode' },
    { key: 'startedOn', kind: 'date' },
    { key: 'productionOn', kind: 'date' },
    { key: 'capacityOn', kind: 'date' },
    { key: 'latestUpdate' },
    { key: 'lastUpdateOn', kind: 'date' },
    { key: 'openIssues' },
    { key: 'confidential', kind: 'boolean' },
    { key: 'isDemo', kind: 'boolean' },
    { key: 'createdOn', kind: 'date' },
  ],
};

/** The most rows one export writes. */
const MAX_EXPORT_ROWS = 100_000;
const PAGE = 2_000;

/**
 * Every row of a paged list, page by page (at most MAX_EXPORT_ROWS), until a page comes back short: the lists' totals
 * are capped past the page unless counted exactly, so they cannot say where the rows end.
 */
async function allRows<T>(page: (offset: number, limit: number) => Promise<{ items: T[] }>): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += PAGE) {
    const { items } = await page(offset, PAGE);
    rows.push(...items);
    if (items.length < PAGE) break;
  }
  return rows;
}

const TABLE_KEYS: Record<ExportTable, string> = {
  [ExportTable.COMPANIES]: 'companies',
  [ExportTable.LEADS]: 'leads',
  [ExportTable.PROSPECTS]: 'prospects',
  [ExportTable.PROJECTS]: 'projects',
};
const tableKey = (table: ExportTable) => TABLE_KEYS[table];

/** Exports any filtered table (the same filters and sort as on screen, every page) to .xlsx with the chosen columns. */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly companies: CompaniesService,
    private readonly leads: LeadsService,
    private readonly prospects: ProspectsService,
    private readonly projects: ProjectsService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly chains: ChainsService,
  ) {}

  columns(table: ExportTable): ExportColumnInfo[] {
    const lng = currentLanguage();
    return EXPORT_COLUMNS[table].map((c) => ({ key: c.key, label: translate(lng, `export.${tableKey(table)}.${c.key}`) }));
  }

  async exportCompanies(input: CompanyListInput, keys: string[]): Promise<ExportFile> {
    const columns = this.chosen(ExportTable.COMPANIES, keys);
    const companies = await allRows((offset, limit) => this.companies.list({ ...input, offset, limit, exactTotal: false }));
    const records = companies.map((c) => ({
      name: c.name,
      creditCode: c.creditCode,
      englishName: c.englishName,
      aliases: c.aliases.join('、'),
      province: c.province,
      city: c.city,
      headquarters: c.headquarters,
      isListed: c.isListed,
      isLocal: c.isLocal,
      updatedAt: districtDate(c.updatedAt),
    }));
    return this.file(ExportTable.COMPANIES, columns, records);
  }

  async exportLeads(actor: Actor, input: LeadListInput, keys: string[]): Promise<ExportFile> {
    const columns = this.chosen(ExportTable.LEADS, keys);
    const lng = currentLanguage();
    const leads = await allRows((offset, limit) => this.leads.list(actor, { ...input, offset, limit, exactTotal: false }));
    // Names of what the leads point at, in one query each (masked leads point at no company).
    const ids = (pick: (l: Lead) => string | null) => [...new Set(leads.map(pick).filter((x): x is string => !!x))];
    const companyOf = new Map((await this.companies.byIds(ids((l) => l.companyId))).map((c) => [c.id, c]));
    const chains = new Map((await this.chains.byIds(ids((l) => l.chainId))).map((c) => [c.id, c.name]));
    const owners = new Map((await this.db.manager.findBy(User, { id: In(ids((l) => l.ownerId)) })).map((u) => [u.id, u.displayName]));
    const records = leads.map((l) => ({
      title: l.title,
      company: l.companyId ? companyOf.get(l.companyId)?.name : null,
      creditCode: l.companyId ? companyOf.get(l.companyId)?.creditCode : null,
      chain: chains.get(l.chainId),
      status: translate(lng, `lead.status.${l.status}`),
      source: translate(lng, `export.source.${l.source}`),
      owner: l.ownerId ? owners.get(l.ownerId) : null,
      intendedInvestment: l.intendedInvestment,
      nextAction: l.nextAction,
      nextActionDue: l.nextActionDue,
      confidential: l.confidential,
      createdOn: l.createdOn,
      lastContactOn: l.lastContactOn,
    }));
    return this.file(ExportTable.LEADS, columns, records);
  }

  async exportProspects(input: ProspectListInput, keys: string[]): Promise<ExportFile> {
    const columns = this.chosen(ExportTable.PROSPECTS, keys);
    const lng = currentLanguage();
    const prospects = await allRows((offset, limit) => this.prospects.list({ ...input, offset, limit, exactTotal: false }));
    // The chain of each node, in one query.
    const chainOf = new Map((await this.chains.nodesWithChain(prospects.map((p) => p.nodeId))).map((n) => [n.id, n.chainName]));
    const records = prospects.map((p) => ({
      company: p.company.name,
      creditCode: p.company.creditCode,
      chain: chainOf.get(p.nodeId),
      node: p.node.name,
      priority: translate(lng, `export.priority.${p.priority}`),
      assignee: p.assignee?.displayName ?? null,
      reason: p.reason,
      converted: p.leadId !== null,
      addedOn: districtDate(p.createdAt),
    }));
    return this.file(ExportTable.PROSPECTS, columns, records);
  }

  /** The filtered project ledger (all pages, masked as on screen) with the chosen columns. */
  async exportProjects(actor: Actor, input: ProjectListInput, keys: string[]): Promise<ExportFile> {
    const columns = this.chosen(ExportTable.PROJECTS, keys);
    const lng = currentLanguage();
    const rows = await this.projects.exportRows(actor, input, MAX_EXPORT_ROWS);
    const records = rows.map((r) => {
      const p = r.project;
      return {
        name: p.name,
        company: r.company,
        chain: r.chain,
        nodes: r.nodes.join('、'),
        type: translate(lng, `project.type.${p.type}`),
        stage: translate(lng, `project.stage.${p.stage}`),
        stageOn: p.stageOn,
        agreedInvestment: p.agreedInvestment,
        tier: p.tier ? translate(lng, `export.tier.${p.tier}`) : null,
        foreignAmount: p.foreignAmount,
        foreignCurrency: p.foreignCurrency,
        fundsInPlace: r.fundsInPlace,
        light: r.light ? translate(lng, `export.light.${r.light}`) : null,
        owner: r.owner,
        responsibleLeader: r.responsibleLeader,
        responsibleUnit: r.responsibleUnit,
        carrier: p.carrier,
        landAreaMu: p.landAreaMu,
        floorSpaceM2: p.floorSpaceM2,
        expectedOutput: p.expectedOutput,
        expectedTax: p.expectedTax,
        expectedJobs: p.expectedJobs,
        signedOn: p.signedOn,
        registeredCompanyName: p.registeredCompanyName,
        registeredCreditCode: p.registeredCreditCode,
        startedOn: p.startedOn,
        productionOn: p.productionOn,
        capacityOn: p.capacityOn,
        latestUpdate: r.latestUpdate,
        lastUpdateOn: p.lastUpdateOn,
        openIssues: r.openIssues,
        confidential: p.confidential,
        isDemo: p.isDemo,
        createdOn: p.createdOn,
      };
    });
    return this.file(ExportTable.PROJECTS, columns, records);
  }

  private chosen(table: ExportTable, keys: string[]): ExportColumn[] {
    const known = EXPORT_COLUMNS[table];
    const labels = new Map(this.columns(table).map((c) => [c.key, c.label]));
    const wanted = keys.length ? keys : known.map((c) => c.key);
    return wanted.map((key) => {
      const spec = known.find((c) => c.key === key);
      if (!spec) throw badInput('export.unknownColumn', { column: key });
      return { key, header: labels.get(key) ?? key, kind: spec.kind };
    });
  }

  private async file(table: ExportTable, columns: ExportColumn[], records: Array<Record<string, ExportValue>>): Promise<ExportFile> {
    const lng = currentLanguage();
    const sheet = translate(lng, `export.sheet.${tableKey(table)}`);
    const buffer = await buildWorkbook(sheet, columns, records, { yes: translate(lng, 'export.yes'), no: translate(lng, 'export.no') });
    const stamp = todayOf(this.clock);
    return { fileName: `${sheet}-${stamp}.xlsx`, contentBase64: buffer.toString('base64') };
  }
}
