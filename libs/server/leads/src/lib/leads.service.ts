import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  Actor,
  ACTIVE_LEAD_STATUSES,
  can,
  ChainOwnership,
  checkField,
  foldText,
  leadCloseReason,
  LEAD_MOVES,
  LEAD_ROW_RULES,
  LEAD_STATUS_ORDER,
  leadMoveEffects,
  leadMoveProblem,
  mayOwnLeadOn,
  mayOwnLeads,
  LeadSource,
  LeadStatus,
  searchCondition,
  searchIndex,
} from '@chainboard/domain';
import { badField, badInput, conflict, currentLanguage, deletedPage, forbidden, notFound, pageTotal, restoreIn, softDeleteIn, translate } from '@chainboard/server-core';
import { ChainsService, IndustryChain } from '@chainboard/server-chains';
import { CompaniesService, Company, companyMatchesTextSql, SortDirection, UpsertOutcome } from '@chainboard/server-companies';
import { ProjectsService } from '@chainboard/server-projects';
import { UsersService } from '@chainboard/server-users';
import { Clock, CLOCK, todayOf } from './clock';
import { ConvertLeadInput, CreateLeadInput, LeadListInput, MoveLeadInput, UpdateLeadInput } from './dto/lead.inputs';
import { LeadAccess } from './lead-access';
import { LEAD_ALERT_SQL, leadAlertParams } from './lead-alert-sql';
import { LeadSettingsService } from './lead-settings.service';
import { LeadPage, LeadSortField } from './lead.types';
import { Lead, LeadNode } from './lead.entity';

/** A lead as a form, a prospect or an importer gives it (CreateLeadInput without the class). */
export type LeadFields = Omit<CreateLeadInput, never>;

const SORTS: Record<LeadSortField, (visible: string) => string> = {
  [LeadSortField.CREATED_ON]: () => 'l.created_on',
  [LeadSortField.UPDATED_AT]: () => 'l.updated_at',
  [LeadSortField.NEXT_ACTION_DUE]: () => 'l.next_action_due',
  [LeadSortField.LAST_CONTACT_ON]: () => 'l.last_contact_on',
  // Statuses in the domain's order (the lead's life, then the closed ones), as SQL literals of fixed, known values.
  [LeadSortField.STATUS]: () => `array_position(ARRAY[${LEAD_STATUS_ORDER.map((s) => `'${s}'`).join(',')}]::varchar[], l.status)`,
  // A masked lead sorts by what its reader sees.
  [LeadSortField.TITLE]: (visible) => `CASE WHEN ${visible} THEN l.title ELSE COALESCE(l.code_name, '') END`,
  [LeadSortField.INTENDED_INVESTMENT]: (visible) => `CASE WHEN ${visible} THEN l.intended_investment END`,
};

const statusLabel = (status: LeadStatus) => translate(currentLanguage(), `lead.status.${status}`);

@Injectable()
export class LeadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly companies: CompaniesService,
    private readonly access: LeadAccess,
    private readonly settings: LeadSettingsService,
    private readonly projects: ProjectsService,
    private readonly chains: ChainsService,
    private readonly users: UsersService,
  ) {}

  today(): string {
    return todayOf(this.clock);
  }

  /** A lead as the actor may see it. */
  async get(actor: Actor, id: string): Promise<Lead> {
    const lead = await this.db.manager.findOne(Lead, { where: { id } });
    if (!lead) throw notFound('lead', id);
    return this.access.presentOne(actor, lead);
  }

  /** Creates a lead, and its company when it is new, all or nothing (the quick entry). */
  async create(actor: Actor, input: CreateLeadInput): Promise<Lead> {
    const id = await this.db.transaction(async (m) => (await this.createIn(m, actor, input)).id);
    return this.get(actor, id);
  }

  /**
   * Creates a lead inside the caller's transaction (quick entry, a prospect turned into a lead, an importer).
   * Company: an existing one by id, or a new one created here. Defaults: owner the actor, source OTHER,
   * logged today, status NEW.
   */
  async createIn(m: EntityManager, actor: Actor, input: LeadFields): Promise<Lead> {
    if (input.companyId && input.company) throw badField('companyId', 'lead.companyTwice');
    if (!input.companyId && !input.company) throw badField('companyId', 'lead.companyRequired');
    const chain = await this.chains.authorize(actor, 'lead.edit', input.chainId, m);
    const today = this.today();
    const createdOn = input.createdOn ?? today;
    if (createdOn > today) throw badField('createdOn', 'lead.futureDate');
    this.assertInvestment(input.intendedInvestment);
    const ownerId = await this.checkedOwner(m, input.ownerId ?? actor.id, chain);
    const nodeIds = await this.checkedNodes(m, chain.id, input.nodeIds ?? []);

    const companyId = (await this.companyFor(m, actor, input)).id;
    const lead = await m.save(
      m.create(Lead, {
        title: input.title,
        companyId,
        chainId: chain.id,
        source: input.source ?? LeadSource.OTHER,
        ownerId,
        status: LeadStatus.NEW,
        closeReason: null,
        intendedInvestment: input.intendedInvestment ?? null,
        nextAction: input.nextAction?.trim() || null,
        nextActionDue: input.nextActionDue ?? null,
        confidential: input.confidential ?? false,
        codeName: input.codeName?.trim() || null,
        projectId: null,
        firstContactOn: null,
        assessedOn: null,
        lastContactOn: null,
        createdOn,
        ...searchIndex(input.title),
      }),
    );
    if (nodeIds.length) await m.insert(LeadNode, nodeIds.map((nodeId) => ({ leadId: lead.id, nodeId })));
    return lead;
  }

  /**
   * Writes many lead rows in the caller's transaction, for an importer (companies resolved first, e.g. with
   * CompaniesService.upsertMany). A row is the lead of the same company on the same chain with the same title
   * (folded): it fills in the fields the row gives (status and dates stay), or the lead is created as createIn
   * creates it. Rows repeating one lead fold into one; writing the same rows twice changes nothing the second time.
   * Checks are made once per chain, owner and node; a bad row throws naming its (1-based) number.
   */
  async upsertMany(m: EntityManager, actor: Actor, rows: ReadonlyArray<Omit<LeadFields, 'company'> & { companyId: string }>): Promise<UpsertOutcome[]> {
    const { outcomes, fresh, changed } = await this.matchMany(m, actor, rows);
    const inserts = [...fresh.keys()];
    for (let i = 0; i < inserts.length; i += 500) await m.insert(Lead, inserts.slice(i, i + 500));
    const links = inserts.flatMap((l) => fresh.get(l)!.map((nodeId) => ({ leadId: l.id, nodeId })));
    for (let i = 0; i < links.length; i += 1000) await m.insert(LeadNode, links.slice(i, i + 1000));
    for (const [lead, changes] of changed) await m.update(Lead, { id: lead.id }, changes);
    return outcomes.map((o) => ({ id: o.lead.id, action: o.action }));
  }

  /**
   * What upsertMany would do with these rows, found without writing (an import's preview counts it): whether each
   * row's lead would be created, updated or left as it is, after the same checks. `newCompanyIds` are companies the
   * same import is still to create (they have no leads yet).
   */
  async planMany(
    m: EntityManager,
    actor: Actor,
    rows: ReadonlyArray<Omit<LeadFields, 'company'> & { companyId: string }>,
    newCompanyIds: ReadonlySet<string> = new Set(),
  ): Promise<Array<UpsertOutcome['action']>> {
    const { outcomes } = await this.matchMany(m, actor, rows, newCompanyIds);
    return outcomes.map((o) => o.action);
  }

  /** Checks lead rows and matches them to the leads already there (see upsertMany); writes nothing. */
  private async matchMany(
    m: EntityManager,
    actor: Actor,
    rows: ReadonlyArray<Omit<LeadFields, 'company'> & { companyId: string }>,
    newCompanyIds: ReadonlySet<string> = new Set(),
  ): Promise<{ outcomes: Array<{ lead: Lead; action: UpsertOutcome['action'] }>; fresh: Map<Lead, string[]>; changed: Map<Lead, Partial<Lead>> }> {
    const today = this.today();
    const rowError = (i: number, key: string, params: Record<string, string | number> = {}) =>
      badInput('company.rowInvalid', { row: i + 1, message: translate(currentLanguage(), key, params) });
    const chains = new Map<string, IndustryChain>();
    for (const chainId of new Set(rows.map((r) => r.chainId))) chains.set(chainId, await this.chains.authorize(actor, 'lead.edit', chainId, m));
    const owners = new Map(rows.map((r) => [`${r.ownerId ?? actor.id}|${r.chainId}`, { ownerId: r.ownerId ?? actor.id, chainId: r.chainId }]));
    for (const { ownerId, chainId } of owners.values()) await this.checkedOwner(m, ownerId, chains.get(chainId)!);
    const companyIds = [...new Set(rows.map((r) => r.companyId))].filter((id) => !newCompanyIds.has(id));
    const companies = new Set((await this.companies.byIds(companyIds, m)).map((c) => c.id));
    const nodes = await this.chains.nodesWithChain([...new Set(rows.flatMap((r) => r.nodeIds ?? []))], m);
    rows.forEach((r, i) => {
      if (!companies.has(r.companyId) && !newCompanyIds.has(r.companyId)) throw rowError(i, 'notFound.company');
      if ((r.createdOn ?? today) > today) throw rowError(i, 'lead.futureDate', { field: 'createdOn' });
      const investment = r.intendedInvestment ? checkField(LEAD_ROW_RULES.intendedInvestment, r.intendedInvestment).problem : null;
      if (investment) throw rowError(i, investment.key, { ...investment.params, field: 'intendedInvestment' });
      for (const id of r.nodeIds ?? []) {
        const node = nodes.find((n) => n.id === id);
        if (!node) throw rowError(i, 'notFound.node');
        if (node.chainId !== r.chainId) throw rowError(i, 'lead.nodeOtherChain', { name: node.name });
      }
    });

    const keyOf = (companyId: string, chainId: string, title: string) => `${companyId}|${chainId}|${foldText(title)}`;
    const existing = companyIds.length ? await m.find(Lead, { where: { companyId: In(companyIds) } }) : [];
    const byKey = new Map(existing.map((l) => [keyOf(l.companyId!, l.chainId, l.title), l]));
    const fresh = new Map<Lead, string[]>();
    const changed = new Map<Lead, Partial<Lead>>();
    const outcomes: Array<{ lead: Lead; action: UpsertOutcome['action'] }> = [];
    for (const r of rows) {
      const key = keyOf(r.companyId, r.chainId, r.title);
      const lead = byKey.get(key);
      if (!lead) {
        const created = m.create(Lead, {
          title: r.title,
          companyId: r.companyId,
          chainId: r.chainId,
          source: r.source ?? LeadSource.OTHER,
          ownerId: r.ownerId ?? actor.id,
          status: LeadStatus.NEW,
          intendedInvestment: r.intendedInvestment ?? null,
          nextAction: r.nextAction?.trim() || null,
          nextActionDue: r.nextActionDue ?? null,
          confidential: r.confidential ?? false,
          codeName: r.codeName?.trim() || null,
          createdOn: r.createdOn ?? today,
          ...searchIndex(r.title),
        });
        byKey.set(key, created);
        fresh.set(created, [...new Set(r.nodeIds ?? [])]);
        outcomes.push({ lead: created, action: 'created' });
        continue;
      }
      const changes: Partial<Lead> = {};
      const given: Partial<Lead> = {
        source: r.source,
        ownerId: r.ownerId,
        intendedInvestment: r.intendedInvestment ?? undefined,
        nextAction: r.nextAction?.trim() || undefined,
        nextActionDue: r.nextActionDue ?? undefined,
        confidential: r.confidential,
        codeName: r.codeName?.trim() || undefined,
      };
      for (const [k, v] of Object.entries(given) as Array<[keyof Lead, unknown]>) {
        const same = k === 'intendedInvestment' && v !== undefined && lead.intendedInvestment !== null ? Number(v) === Number(lead.intendedInvestment) : v === lead[k];
        if (v !== undefined && !same) (changes as Record<string, unknown>)[k] = v;
      }
      if (fresh.has(lead)) {
        Object.assign(lead, changes);
        fresh.set(lead, [...new Set([...fresh.get(lead)!, ...(r.nodeIds ?? [])])]);
      } else if (Object.keys(changes).length) {
        Object.assign(lead, changes);
        changed.set(lead, { ...changed.get(lead), ...changes });
      }
      outcomes.push({ lead, action: Object.keys(changes).length ? 'updated' : 'unchanged' });
    }
    return { outcomes, fresh, changed };
  }

  async update(actor: Actor, input: UpdateLeadInput): Promise<Lead> {
    await this.db.transaction(async (m) => {
      const locked = await this.lockForEdit(m, actor, input.leadId, input.expectedVersion);
      const { lead } = locked;
      const changes: Partial<Lead> = {};
      let chain = locked.chain;
      let chainId = lead.chainId;
      if (input.chainId !== undefined && input.chainId !== lead.chainId) {
        chain = await this.chains.authorize(actor, 'lead.edit', input.chainId, m);
        chainId = chain.id;
        changes.chainId = chainId;
      }
      if (input.nodeIds !== undefined || changes.chainId) {
        const nodeIds = await this.checkedNodes(m, chainId, input.nodeIds ?? []);
        await m.delete(LeadNode, { leadId: lead.id });
        if (nodeIds.length) await m.insert(LeadNode, nodeIds.map((nodeId) => ({ leadId: lead.id, nodeId })));
      }
      if (input.title !== undefined && input.title !== lead.title) Object.assign(changes, { title: input.title, ...searchIndex(input.title) });
      if (input.companyId !== undefined) changes.companyId = (await this.companies.get(input.companyId, m)).id;
      if (input.ownerId !== undefined) changes.ownerId = await this.checkedOwner(m, input.ownerId, chain);
      // A lead moved to another chain keeps its owner only if the owner may own leads there.
      else if (changes.chainId && lead.ownerId) await this.checkedOwner(m, lead.ownerId, chain, 'ownerId', { kept: true });
      if (input.intendedInvestment !== undefined) {
        this.assertInvestment(input.intendedInvestment);
        changes.intendedInvestment = input.intendedInvestment;
      }
      if (input.createdOn !== undefined) {
        if (input.createdOn > this.today()) throw badField('createdOn', 'lead.futureDate');
        changes.createdOn = input.createdOn;
      }
      if (input.source !== undefined) changes.source = input.source;
      if (input.nextAction !== undefined) changes.nextAction = input.nextAction?.trim() || null;
      if (input.nextActionDue !== undefined) changes.nextActionDue = input.nextActionDue;
      if (input.confidential !== undefined) changes.confidential = input.confidential;
      if (input.codeName !== undefined) changes.codeName = input.codeName?.trim() || null;
      // The version moves with every edit, nodes included, so that a stale editor is refused.
      await m.update(Lead, { id: lead.id }, changes);
    });
    return this.get(actor, input.leadId);
  }

  /** Moves a lead along the allowed moves (LEAD_TRANSITIONS); records the first assessment and first contact. */
  async move(actor: Actor, input: MoveLeadInput): Promise<Lead> {
    await this.db.transaction(async (m) => {
      const { lead } = await this.lockForEdit(m, actor, input.leadId, input.expectedVersion);
      if (LEAD_MOVES[input.status].via === 'convert') throw badField('status', 'lead.move.useConvert');
      this.assertMove(lead.status, input.status, input.reason);
      await m.update(
        Lead,
        { id: lead.id },
        { status: input.status, ...leadMoveEffects(lead.status, input.status, lead, this.today()), closeReason: leadCloseReason(input.status, input.reason) },
      );
    });
    return this.get(actor, input.leadId);
  }

  /**
   * The project hook: turns a negotiating lead into a project in stage NEGOTIATING with the lead's company, chain,
   * nodes and intended investment; the lead stays, CONVERTED, pointing at the project (and the project's lead
   * field points back).
   */
  async convert(actor: Actor, input: ConvertLeadInput): Promise<Lead> {
    await this.db.transaction(async (m) => {
      const { lead } = await this.lockForEdit(m, actor, input.leadId, input.expectedVersion);
      if (lead.projectId) throw conflict('lead.move.notAllowed', { from: statusLabel(lead.status), to: statusLabel(LeadStatus.CONVERTED) });
      this.assertMove(lead.status, LeadStatus.CONVERTED);
      const nodes = await m.find(LeadNode, { where: { leadId: lead.id } });
      const project = await this.projects.createFromLead(m, actor, {
        id: lead.id,
        name: input.projectName ?? lead.title,
        companyId: lead.companyId,
        chainId: lead.chainId,
        nodeIds: nodes.map((n) => n.nodeId),
        intendedInvestment: lead.intendedInvestment,
        ownerId: lead.ownerId,
        confidential: lead.confidential,
        codeName: lead.codeName,
      });
      await m.update(
        Lead,
        { id: lead.id },
        {
          status: LeadStatus.CONVERTED,
          projectId: project.id,
          closeReason: leadCloseReason(LeadStatus.CONVERTED),
          ...leadMoveEffects(lead.status, LeadStatus.CONVERTED, lead, this.today()),
        },
      );
    });
    return this.get(actor, input.leadId);
  }

  /**
   * One page of the lead table, masked for the actor: the page, its total (none when the page is not full; else
   * counted up to TOTAL_CAP past the page, or every row with exactTotal) and access — at most three SQL statements
   * whatever the page size.
   */
  async list(actor: Actor, input: LeadListInput): Promise<LeadPage> {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    const qb = this.db.manager.createQueryBuilder(Lead, 'l');
    const visible = this.access.visibleSql(actor, 'l');
    qb.setParameters(visible.params);
    await this.applyFilters(qb, actor, input, visible.sql);
    const sort = SORTS[input.sort ?? LeadSortField.CREATED_ON](visible.sql);
    qb.orderBy(sort, input.direction ?? SortDirection.DESC, 'NULLS LAST')
      .addOrderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'ASC')
      .offset(offset)
      .limit(limit);
    const items = await qb.getMany();
    const total = await pageTotal(qb, { offset, limit, rows: items.length, exact: input.exactTotal });
    return { ...total, offset, limit, items: await this.access.present(actor, items) };
  }

  /** Leads logged after `from` and up to `to` (district dates) on the chains (all when null), oldest first, masked for the actor. */
  async createdBetween(actor: Actor, range: { from: string; to: string; chainIds: readonly string[] | null }): Promise<Lead[]> {
    const qb = this.db.manager
      .createQueryBuilder(Lead, 'l')
      .where('l.created_on > :from AND l.created_on <= :to', { from: range.from, to: range.to })
      .orderBy('l.created_on', 'ASC')
      .addOrderBy('l.id', 'ASC');
    if (range.chainIds) qb.andWhere('l.chain_id IN (:...chainIds)', { chainIds: range.chainIds.length ? range.chainIds : [null] });
    return this.access.present(actor, await qb.getMany());
  }

  /** The open leads of an owner or of a chain, next action due first, masked for the actor (for "My work"). */
  async openLeads(actor: Actor, where: { ownerId?: string; chainId?: string }): Promise<Lead[]> {
    const qb = this.db.manager
      .createQueryBuilder(Lead, 'l')
      .where('l.status IN (:...open)', { open: ACTIVE_LEAD_STATUSES })
      .orderBy('l.next_action_due', 'ASC', 'NULLS LAST')
      .addOrderBy('l.created_on', 'ASC')
      .addOrderBy('l.id', 'ASC');
    if (where.ownerId) qb.andWhere('l.owner_id = :ownerId', { ownerId: where.ownerId });
    if (where.chainId) qb.andWhere('l.chain_id = :chainId', { chainId: where.chainId });
    return this.access.present(actor, await qb.getMany());
  }

  private async applyFilters(qb: SelectQueryBuilder<Lead>, actor: Actor, input: LeadListInput, visible: string): Promise<void> {
    const cond = input.query ? searchCondition(input.query) : null;
    if (cond) {
      // Text finds a lead by its title or its company's names, and never finds a lead the reader sees masked.
      const likes = (alias: string) => cond.patterns.map((_, i) => `AND ${alias}.search_text LIKE :leadLike${i} ESCAPE '\\'`).join(' ');
      const likeParams = cond.patterns.map((_, i) => `leadLike${i}`);
      qb.andWhere(
        `(${visible} AND ((l.search_tokens @> CAST(:leadTokens AS text[]) ${likes('l')})
            OR ${companyMatchesTextSql('l.company_id', 'leadTokens', likeParams)}))`,
        { leadTokens: cond.tokens, ...Object.fromEntries(cond.patterns.map((p, i) => [`leadLike${i}`, p])) },
      );
    }
    if (input.chainId) qb.andWhere('l.chain_id = :chainId', { chainId: input.chainId });
    if (input.nodeId) qb.andWhere('EXISTS (SELECT 1 FROM lead_chain_node fn WHERE fn.lead_id = l.id AND fn.segment_id = :nodeId)', { nodeId: input.nodeId });
    if (input.statuses?.length) qb.andWhere('l.status IN (:...statuses)', { statuses: input.statuses });
    if (input.open) qb.andWhere('l.status IN (:...openStatuses)', { openStatuses: ACTIVE_LEAD_STATUSES });
    if (input.ownerId) qb.andWhere('l.owner_id = :ownerId', { ownerId: input.ownerId });
    if (input.mine) qb.andWhere('l.owner_id = :mineId', { mineId: actor.id });
    if (input.source) qb.andWhere('l.source = :source', { source: input.source });
    if (input.alert) {
      qb.andWhere('l.status IN (:...alertStatuses)', { alertStatuses: ACTIVE_LEAD_STATUSES });
      qb.andWhere(LEAD_ALERT_SQL[input.alert], leadAlertParams(this.today(), await this.settings.rules()));
    }
    const companyFilters = {
      isLocal: input.isLocal,
      isListed: input.isListed,
      listId: input.listId,
      listCategory: input.listCategory,
      tagYear: input.tagYear,
    };
    if (input.companyId || Object.values(companyFilters).some((v) => v !== undefined && v !== null)) {
      // Filtering by company facts would tell which company a masked lead is about: they find visible leads only.
      const sub = this.db.manager.createQueryBuilder(Company, 'fc').select('1').where('fc.id = l.company_id');
      if (input.companyId) sub.andWhere('fc.id = :filterCompanyId', { filterCompanyId: input.companyId });
      this.companies.applyFilters(sub, companyFilters, 'fc');
      qb.andWhere(new Brackets((w) => w.where(visible).andWhere(`EXISTS (${sub.getQuery()})`)));
      qb.setParameters(sub.getParameters());
    }
  }

  /** Deletes a lead into the recycle bin (lead.delete on its chain): it leaves lists, the map's counts, search and figures. */
  async softDelete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const lead = await m.findOne(Lead, { where: { id } });
      if (!lead) throw notFound('lead', id);
      const chain = await this.chains.authorize(actor, 'lead.delete', lead.chainId, m);
      this.access.assertSees(actor, lead, chain);
      await softDeleteIn(m, Lead, 'lead', id, actor.id);
    });
  }

  /** Brings a lead back from the recycle bin. */
  async restore(actor: Actor, id: string): Promise<Lead> {
    await this.db.transaction((m) => restoreIn(m, Lead, 'lead', id));
    return this.get(actor, id);
  }

  /** The recycle bin's leads, most recently deleted first, as the actor may see them. */
  async deleted(actor: Actor, offset: number, limit: number): Promise<LeadPage> {
    const page = await deletedPage(this.db.manager, Lead, offset, limit);
    return { total: page.total, totalCapped: false, items: await this.access.present(actor, page.items), offset, limit };
  }

  /** Locks the lead for this transaction and checks the actor may edit it: sees it unmasked, and lead.edit reaches its chain. */
  async lockForEdit(m: EntityManager, actor: Actor, leadId: string, expectedVersion?: number): Promise<{ lead: Lead; chain: IndustryChain }> {
    const lead = await m.findOne(Lead, { where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
    if (!lead) throw notFound('lead', leadId);
    const chain = await this.chains.authorize(actor, 'lead.edit', lead.chainId, m);
    this.access.assertSees(actor, lead, chain);
    if (expectedVersion !== undefined && expectedVersion !== lead.version) throw conflict('conflict.stale');
    return { lead, chain };
  }

  /** The lead's company: an existing one, or a new one created in this transaction (for those who may edit companies). */
  async companyFor(m: EntityManager, actor: Actor, input: { companyId?: string; company?: CreateLeadInput['company'] }): Promise<Company> {
    if (input.companyId) return this.companies.get(input.companyId, m);
    if (!input.company) throw badField('companyId', 'lead.companyRequired');
    if (!can(actor, 'company.edit')) throw forbidden();
    return this.companies.createIn(m, input.company, { allowDuplicate: input.company.allowDuplicate });
  }

  private assertMove(from: LeadStatus, to: LeadStatus, reason?: string | null): void {
    const problem = leadMoveProblem(from, to, reason);
    if (problem === 'notAllowed') throw badField('status', 'lead.move.notAllowed', { from: statusLabel(from), to: statusLabel(to) });
    if (problem === 'reasonRequired') throw badField('reason', 'lead.move.reasonRequired');
  }

  /** The intended investment by the lead row's rule (LEAD_ROW_RULES: an exact decimal, not negative). */
  private assertInvestment(value: string | null | undefined): void {
    const problem = value ? checkField(LEAD_ROW_RULES.intendedInvestment, value).problem : null;
    if (problem) throw badField('intendedInvestment', problem.key, problem.params);
  }

  /**
   * A user to own a lead on a chain, or to pursue a prospect there (who becomes the lead's owner): active (unless
   * `kept`, an owner the lead already has), and allowed by the permissions table ('lead.own' on that chain).
   * `field` names the input refused.
   */
  async checkedOwner(m: EntityManager, ownerId: string, chain: ChainOwnership, field = 'ownerId', opts: { kept?: boolean } = {}): Promise<string> {
    const owner = await this.users.getUser(ownerId, m);
    if (!owner.active && !opts.kept) throw badField(field, 'lead.ownerInactive', { name: owner.displayName });
    if (!mayOwnLeadOn(owner, chain)) throw badField(field, mayOwnLeads(owner) ? 'lead.ownerChain' : 'lead.ownerRole', { name: owner.displayName });
    return owner.id;
  }

  /** The nodes, each of the chain's map; an unknown one is not found, one of another chain refused by name. */
  private async checkedNodes(m: EntityManager, chainId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const rows = await this.chains.nodesWithChain(unique, m);
    for (const id of unique) {
      const row = rows.find((r) => r.id === id);
      if (!row) throw notFound('node', id);
      if (row.chainId !== chainId) throw badField('nodeIds', 'lead.nodeOtherChain', { name: row.name });
    }
    return unique;
  }
}
