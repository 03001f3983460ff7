import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ACTIVE_LEAD_STATUSES, LeadTimeRules, PRIORITY_ORDER } from '@chainboard/domain';
import { ChainNode } from '@chainboard/server-chains';
import { alignByKeys, countLoader, countPerParent, groupByKeys, inSubListWindow, requestLoader, subListKey, SubListWindow, unauthenticated, SubListArgs, SubListRows, subListRowsOf, subListTotals, subListWindow, windowPerParent } from '@chainboard/server-core';
import type { User } from '@chainboard/server-users';
import { Interaction } from './interaction.entity';
import { LeadAccess } from './lead-access';
import { LeadSettingsService } from './lead-settings.service';
import { Lead, LeadNode } from './lead.entity';
import { LeadsService } from './leads.service';
import { Prospect } from './prospect.entity';

type Ctx = { user?: User | null };

/** Every prospect entry of the companies given (:ids), with its company as `parent`. */
const PROSPECTS_OF_COMPANIES = `SELECT p.id, p.company_id AS parent, p.created_at FROM prospect p WHERE p.company_id = ANY(CAST(:ids AS uuid[]))`;

/** The signed-in user, for field resolvers (the guard put it on the context before any field resolves). */
export function actorOf(ctx: Ctx): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/**
 * The leads feature's loaders, one of each per request (kept on the GraphQL context): a field asked of a list of
 * leads, companies, nodes or projects costs one SQL statement for the whole list. Leads come out as the reader may
 * see them (confidential ones masked); other features resolve leads through byId.
 */
@Injectable()
export class LeadLoaders {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadAccess,
    private readonly settings: LeadSettingsService,
    private readonly leads: LeadsService,
  ) {}

  /** Leads by id, as the reader may see them; a deleted lead too, so that what points at it still names it. */
  byId(ctx: Ctx): DataLoader<string, Lead | null> {
    return requestLoader<string, Lead | null>(ctx, 'leads.byId', async (ids) => {
      const rows = await this.access.present(actorOf(ctx), await this.db.manager.find(Lead, { where: { id: In([...ids]) }, withDeleted: true }));
      return alignByKeys(ids, rows, (r) => r.id);
    });
  }

  /** The lead each project was converted from (by project id), as the reader may see it. */
  ofProject(ctx: Ctx): DataLoader<string, Lead | null> {
    return requestLoader<string, Lead | null>(ctx, 'leads.ofProject', async (ids) => {
      const rows = await this.access.present(actorOf(ctx), await this.db.manager.find(Lead, { where: { projectId: In([...ids]) } }));
      return alignByKeys(ids, rows, (r) => r.projectId);
    });
  }

  /** A company's leads (by company id), newest first, one window of them; confidential ones the reader may not see are left out. */
  ofCompany(ctx: Ctx, window: SubListWindow): DataLoader<string, Lead[]> {
    return requestLoader<string, Lead[]>(ctx, subListKey('leads.ofCompany', window), async (ids) => {
      const actor = actorOf(ctx);
      const { sql, params } = this.leadsOfCompanies(actor, ids);
      const rows = await this.db.manager.find(Lead, {
        where: { id: inSubListWindow(sql, 'x.created_on DESC, x.created_at DESC, x.id ASC', window, params) },
        order: { createdOn: 'DESC', createdAt: 'DESC', id: 'ASC' },
      });
      return groupByKeys(ids, await this.access.present(actor, rows), (r) => r.companyId!);
    });
  }

  /** How many leads each company has (by company id), as ofCompany finds them. */
  leadCountOfCompany(ctx: Ctx): DataLoader<string, number> {
    return requestLoader<string, number>(ctx, 'leads.leadCountOfCompany', async (ids) => {
      const { sql, params } = this.leadsOfCompanies(actorOf(ctx), ids);
      return countPerParent(this.db, ids, sql, params);
    });
  }

  /** Every lead of the companies that the reader may see, with its company as `parent` and the columns of its order. */
  private leadsOfCompanies(actor: User, ids: readonly string[]) {
    const visible = this.access.visibleSql(actor, 'l');
    return {
      sql: `SELECT l.id, l.company_id AS parent, l.created_on, l.created_at FROM lead l
             WHERE l.company_id = ANY(CAST(:ids AS uuid[])) AND l.deleted_at IS NULL AND ${visible.sql}`,
      params: { ...visible.params, ids: [...ids] },
    };
  }

  /**
   * What the company table shows of each company's leads and contacts (by company id), in one statement for the
   * whole page: its open leads the reader may see (as ofCompany finds them, counted) and the date of its latest
   * contact (as contacts by company_id finds them: contacts on leads the reader sees masked left out).
   */
  companyFacts(ctx: Ctx): DataLoader<string, { openLeadCount: number; lastContactOn: string | null }> {
    return requestLoader<string, { openLeadCount: number; lastContactOn: string | null }>(ctx, 'leads.companyFacts', async (ids) => {
      const actor = actorOf(ctx);
      const lead = this.access.visibleSql(actor, 'fl');
      const contactLead = this.access.visibleSql(actor, 'fv');
      const [sql, params] = this.db.driver.escapeQueryWithParameters(
        `SELECT k.id AS "companyId",
                (SELECT count(*)::int FROM lead fl
                  WHERE fl.company_id = k.id AND fl.deleted_at IS NULL AND fl.status IN (:...openStatuses) AND ${lead.sql}) AS "openLeadCount",
                (SELECT max(fi.occurred_on) FROM interaction fi LEFT JOIN lead fv ON fv.id = fi.lead_id AND fv.deleted_at IS NULL
                  WHERE fi.company_id = k.id AND (fi.lead_id IS NULL OR ${contactLead.sql})) AS "lastContactOn"
           FROM unnest(CAST(:companyIds AS uuid[])) AS k(id)`,
        { ...lead.params, openStatuses: ACTIVE_LEAD_STATUSES, companyIds: ids },
      );
      const rows: Array<{ companyId: string; openLeadCount: number; lastContactOn: string | null }> = await this.db.query(sql, params);
      return alignByKeys(ids, rows, (r) => r.companyId).map((r) => ({ openLeadCount: r?.openLeadCount ?? 0, lastContactOn: r?.lastContactOn ?? null }));
    });
  }

  /** The leads that would fill each chain-map node (by node id), newest first, masked where the reader may not see them. */
  onNode(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<Lead>> {
    const window = subListWindow(args);
    return requestLoader<string, SubListRows<Lead>>(ctx, subListKey('leads.onNode', window), async (ids) => {
      const candidates = `SELECT ld.id, l.segment_id AS parent, ld.created_at, count(*) OVER (PARTITION BY l.segment_id) AS sub_list_total
                            FROM lead_chain_node l JOIN lead ld ON ld.id = l.lead_id AND ld.deleted_at IS NULL
                           WHERE l.segment_id = ANY(:nodeIds::uuid[])`;
      const { entities: links, raw } = await this.db.manager
        .createQueryBuilder(LeadNode, 'l')
        .innerJoinAndSelect('l.lead', 'ld')
        .innerJoin(`(${windowPerParent(candidates, 'x.created_at DESC, x.id ASC', window)})`, 'w', 'w.parent = l.segment_id AND w.id = l.lead_id')
        .addSelect('w.parent', 'sub_list_parent')
        .addSelect('w.sub_list_total', 'sub_list_total')
        .setParameters({ nodeIds: [...ids] })
        .orderBy('w.parent')
        .addOrderBy('w.sub_list_row')
        .getRawAndEntities();
      const shown = await this.access.present(
        actorOf(ctx),
        links.map((l) => l.lead),
      );
      const byLink = new Map(links.map((l, i) => [l, shown[i]]));
      const totals = subListTotals(raw);
      return groupByKeys(ids, links, (l) => l.nodeId).map((group, i) =>
        subListRowsOf(
          group.map((l) => byLink.get(l)!),
          totals.get(ids[i]),
          window.offset,
        ),
      );
    });
  }

  /** How many leads would fill each node. */
  leadCountOnNode(ctx: Ctx): DataLoader<string, number> {
    return countLoader(
      ctx,
      'leads.leadCountOnNode',
      this.db,
      `SELECT l.segment_id AS parent FROM lead_chain_node l
         JOIN lead ld ON ld.id = l.lead_id AND ld.deleted_at IS NULL
        WHERE l.segment_id = ANY(CAST(:ids AS uuid[]))`,
    );
  }

  /** The chain-map nodes each lead would fill (by lead id), in the map's order. */
  nodes(ctx: Ctx): DataLoader<string, ChainNode[]> {
    return requestLoader<string, ChainNode[]>(ctx, 'leads.nodes', async (ids) => {
      const links = await this.db.manager.find(LeadNode, { where: { leadId: In([...ids]) }, relations: { node: true }, order: { node: { sortOrder: 'ASC' } } });
      return groupByKeys(ids, links, (l) => l.leadId).map((group) => group.map((l) => l.node));
    });
  }

  /**
   * Contacts of the leads or companies given, newest first, one window of them; contacts on leads the reader sees
   * masked are left out.
   */
  contacts(ctx: Ctx, by: 'lead_id' | 'company_id', window: SubListWindow): DataLoader<string, Interaction[]> {
    return requestLoader<string, Interaction[]>(ctx, subListKey(`leads.contacts.${by}`, window), async (ids) => {
      const { sql, params } = this.contactsOf(actorOf(ctx), by, ids);
      const rows = await this.db.manager.find(Interaction, {
        where: { id: inSubListWindow(sql, 'x.occurred_on DESC, x.created_at DESC, x.id ASC', window, params) },
        order: { occurredOn: 'DESC', createdAt: 'DESC', id: 'ASC' },
      });
      return groupByKeys(ids, rows, (r) => (by === 'lead_id' ? r.leadId! : r.companyId));
    });
  }

  /** How many contacts each lead or company has, as contacts finds them. */
  contactCount(ctx: Ctx, by: 'lead_id' | 'company_id'): DataLoader<string, number> {
    return requestLoader<string, number>(ctx, `leads.contactCount.${by}`, async (ids) => {
      const { sql, params } = this.contactsOf(actorOf(ctx), by, ids);
      return countPerParent(this.db, ids, sql, params);
    });
  }

  /** Every contact of the leads or companies given that the reader may see, with the lead or company as `parent`. */
  private contactsOf(actor: User, by: 'lead_id' | 'company_id', ids: readonly string[]) {
    const visible = this.access.visibleSql(actor, 'vl');
    return {
      sql: `SELECT i.id, i.${by} AS parent, i.occurred_on, i.created_at FROM interaction i
              LEFT JOIN lead vl ON vl.id = i.lead_id AND vl.deleted_at IS NULL
             WHERE i.${by} = ANY(CAST(:ids AS uuid[])) AND (i.lead_id IS NULL OR ${visible.sql})`,
      params: { ...visible.params, ids: [...ids] },
    };
  }

  /** The prospect each lead came from (by lead id). */
  prospectOfLead(ctx: Ctx): DataLoader<string, Prospect | null> {
    return requestLoader<string, Prospect | null>(ctx, 'leads.prospectOfLead', async (ids) => {
      const rows = await this.db.manager.find(Prospect, { where: { leadId: In([...ids]) } });
      return alignByKeys(ids, rows, (r) => r.leadId);
    });
  }

  /** The prospects on each chain-map node (by node id), high priority first, then newest first. */
  prospectsOnNode(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<Prospect>> {
    const window = subListWindow(args);
    return requestLoader<string, SubListRows<Prospect>>(ctx, subListKey('leads.prospectsOnNode', window), async (ids) => {
      const order = `array_position(ARRAY[${PRIORITY_ORDER.map((p) => `'${p}'`).join(',')}]::varchar[], x.priority), x.created_at DESC, x.id ASC`;
      const candidates = `SELECT p.id, p.segment_id AS parent, p.priority, p.created_at, count(*) OVER (PARTITION BY p.segment_id) AS sub_list_total
                            FROM prospect p WHERE p.segment_id = ANY(:nodeIds::uuid[])`;
      // The prospect's own relations, as a find would load them (node, company, assignee and the assignee's department).
      const { entities, raw } = await this.db.manager
        .createQueryBuilder(Prospect, 'p')
        .leftJoinAndSelect('p.node', 'node')
        .leftJoinAndSelect('p.company', 'company')
        .leftJoinAndSelect('p.assignee', 'assignee')
        .leftJoinAndSelect('assignee.department', 'department')
        .innerJoin(`(${windowPerParent(candidates, order, window)})`, 'w', 'w.id = p.id')
        .addSelect('w.parent', 'sub_list_parent')
        .addSelect('w.sub_list_total', 'sub_list_total')
        .setParameters({ nodeIds: [...ids] })
        .orderBy('w.parent')
        .addOrderBy('w.sub_list_row')
        .getRawAndEntities();
      const totals = subListTotals(raw);
      return groupByKeys(ids, entities, (r) => r.nodeId).map((rows, i) => subListRowsOf(rows, totals.get(ids[i]), window.offset));
    });
  }

  /** How many prospects are on each node. */
  prospectCountOnNode(ctx: Ctx): DataLoader<string, number> {
    return countLoader(ctx, 'leads.prospectCountOnNode', this.db, `SELECT segment_id AS parent FROM prospect WHERE segment_id = ANY(CAST(:ids AS uuid[]))`);
  }

  /** Where each company is a prospect (by company id), newest first, one window of them. */
  prospectsOfCompany(ctx: Ctx, window: SubListWindow): DataLoader<string, Prospect[]> {
    return requestLoader<string, Prospect[]>(ctx, subListKey('leads.prospectsOfCompany', window), async (ids) => {
      const rows = await this.db.manager.find(Prospect, {
        where: { id: inSubListWindow(PROSPECTS_OF_COMPANIES, 'x.created_at DESC, x.id ASC', window, { ids: [...ids] }) },
        order: { createdAt: 'DESC', id: 'ASC' },
      });
      return groupByKeys(ids, rows, (r) => r.companyId);
    });
  }

  /** How many prospect entries each company has (by company id). */
  prospectCountOfCompany(ctx: Ctx): DataLoader<string, number> {
    return countLoader(ctx, 'leads.prospectCountOfCompany', this.db, PROSPECTS_OF_COMPANIES);
  }

  /** Today's date and the time rules in force, read once per request for every lead's timing. */
  timeContext(ctx: Ctx): Promise<{ today: string; rules: LeadTimeRules }> {
    return requestLoader<string, { today: string; rules: LeadTimeRules }>(ctx, 'leads.timeContext', async (keys) => {
      const rules = await this.settings.rules();
      const today = this.leads.today();
      return keys.map(() => ({ today, rules }));
    }).load('now');
  }
}
