import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ACTIVE_LEAD_STATUSES, LeadAlert, LeadTimeRules } from '@chainboard/domain';
import { badField } from '@chainboard/server-core';
import { ChainRef, ChainsService } from '@chainboard/server-chains';
import { LeadAccess } from './lead-access';
import { LEAD_ALERT_SQL, leadAlertParams } from './lead-alert-sql';
import { LeadSettingsService } from './lead-settings.service';
import { Lead } from './lead.entity';
import { WORK_LIST_LIMIT, WORK_LIST_LIMIT_MAX, WorkLeadList, WorkSummary } from './work.types';
import { LeadsService } from './leads.service';
import { ProspectsService } from './prospects.service';

/** The lead lists of "My work": every open lead, and those raising each alarm. */
const WORK_LISTS = {
  openLeads: null,
  firstContactOverdue: LeadAlert.FIRST_CONTACT_OVERDUE,
  assessmentOverdue: LeadAlert.ASSESSMENT_OVERDUE,
  overdueNextActions: LeadAlert.NEXT_ACTION_OVERDUE,
  dueToday: LeadAlert.NEXT_ACTION_TODAY,
  stale: LeadAlert.STALE,
} as const satisfies Record<string, LeadAlert | null>;
type WorkListKey = keyof typeof WORK_LISTS;
const WORK_LIST_KEYS = Object.keys(WORK_LISTS) as WorkListKey[];

/** Whose open leads: one owner's, or one chain's. */
type WorkScope = { ownerId: string } | { chainId: string };

/**
 * "My work": a staff member's open leads and what they need today; the same for a chain, for its leader. Each list
 * answers its count (one SQL aggregate for all of them) and its first rows, next action due first (so the most
 * overdue first), then the oldest; the lead table with the same filter pages through the rest.
 */
@Injectable()
export class WorkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadAccess,
    private readonly chains: ChainsService,
    private readonly leads: LeadsService,
    private readonly prospects: ProspectsService,
    private readonly settings: LeadSettingsService,
  ) {}

  async mine(actor: Actor, limit = WORK_LIST_LIMIT): Promise<WorkSummary> {
    checkLimit(limit);
    const prospects = await this.prospects.list({ assigneeId: actor.id, converted: false, limit, exactTotal: true });
    return this.summary(actor, { ownerId: actor.id }, prospects, null, limit);
  }

  async chain(actor: Actor, chainId: string, limit = WORK_LIST_LIMIT): Promise<WorkSummary> {
    checkLimit(limit);
    const chain = await this.chains.get(chainId);
    const prospects = await this.prospects.list({ chainId, converted: false, limit, exactTotal: true });
    return this.summary(actor, { chainId }, prospects, chain, limit);
  }

  private async summary(
    actor: Actor,
    scope: WorkScope,
    prospects: { total: number; items: WorkSummary['prospects']['items'] },
    chain: ChainRef | null,
    limit: number,
  ): Promise<WorkSummary> {
    const today = this.leads.today();
    const rules = await this.settings.rules();
    const counts = await this.counts(scope, today, rules);
    const pages = await Promise.all(WORK_LIST_KEYS.map((key) => this.firstRows(scope, WORK_LISTS[key], today, rules, limit)));
    // Each lead shown once, masked in one pass (one SQL statement); the lists name theirs by id.
    const unique = new Map(pages.flat().map((lead) => [lead.id, lead]));
    const leads = await this.access.present(actor, [...unique.values()]);
    const lists = Object.fromEntries(
      WORK_LIST_KEYS.map((key, i) => [key, { total: counts[key], leadIds: pages[i].map((lead) => lead.id) } satisfies WorkLeadList]),
    ) as Record<WorkListKey, WorkLeadList>;
    return { today, rules, chain, limit, attention: counts.attention, leads, ...lists, prospects: { total: prospects.total, items: prospects.items } };
  }

  /** How many open leads each list holds, and how many raise any alarm: one aggregate over the scope's open leads. */
  private async counts(scope: WorkScope, today: string, rules: LeadTimeRules): Promise<Record<WorkListKey | 'attention', number>> {
    const qb = this.openIn(scope).select('count(*)::int', 'openLeads');
    const alarms: string[] = [];
    for (const key of WORK_LIST_KEYS) {
      const alert = WORK_LISTS[key];
      if (alert === null) continue;
      alarms.push(`(${LEAD_ALERT_SQL[alert]})`);
      qb.addSelect(`(count(*) FILTER (WHERE ${LEAD_ALERT_SQL[alert]}))::int`, key);
    }
    qb.addSelect(`(count(*) FILTER (WHERE ${alarms.join(' OR ')}))::int`, 'attention').setParameters(leadAlertParams(today, rules));
    // An aggregate answers one row, whatever matches.
    const none = Object.fromEntries([...WORK_LIST_KEYS, 'attention'].map((key) => [key, 0])) as Record<WorkListKey | 'attention', number>;
    return (await qb.getRawOne<Record<WorkListKey | 'attention', number>>()) ?? none;
  }

  /** The first `limit` open leads of the scope raising `alert` (all open leads when null), in the lists' order. */
  private firstRows(scope: WorkScope, alert: LeadAlert | null, today: string, rules: LeadTimeRules, limit: number): Promise<Lead[]> {
    const qb = this.openIn(scope);
    if (alert) qb.andWhere(LEAD_ALERT_SQL[alert], leadAlertParams(today, rules));
    return qb.orderBy('l.next_action_due', 'ASC', 'NULLS LAST').addOrderBy('l.created_on', 'ASC').addOrderBy('l.id', 'ASC').limit(limit).getMany();
  }

  /** The scope's open leads (live ones: deleted leads are left out by the entity's DeleteDateColumn). */
  private openIn(scope: WorkScope) {
    const qb = this.db.manager.createQueryBuilder(Lead, 'l').where('l.status IN (:...open)', { open: ACTIVE_LEAD_STATUSES });
    if ('ownerId' in scope) qb.andWhere('l.owner_id = :ownerId', { ownerId: scope.ownerId });
    else qb.andWhere('l.chain_id = :chainId', { chainId: scope.chainId });
    return qb;
  }
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > WORK_LIST_LIMIT_MAX) throw badField('limit', 'input.range', { min: 1, max: WORK_LIST_LIMIT_MAX });
}
