import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, can, InteractionType, LeadStatus, searchIndex } from '@chainboard/domain';
import { badField, forbidden, notFound } from '@chainboard/server-core';
import { CompaniesService } from '@chainboard/server-companies';
import { Clock, CLOCK, todayOf } from './clock';
import { AddInteractionInput, UpdateInteractionInput } from './dto/interaction.inputs';
import { Interaction } from './interaction.entity';
import { Lead } from './lead.entity';
import { LeadsService } from './leads.service';

/**
 * Contacts with companies (calls, visits, meetings …), on a lead's and the company's timeline. A contact on a
 * lead keeps the lead's first and latest contact dates, and moves a NEW lead to CONTACTED.
 */
@Injectable()
export class InteractionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly leads: LeadsService,
    private readonly companies: CompaniesService,
  ) {}

  async add(actor: Actor, input: AddInteractionInput): Promise<Interaction> {
    const today = todayOf(this.clock);
    const occurredOn = input.occurredOn ?? today;
    if (occurredOn > today) throw badField('occurredOn', 'lead.futureDate');
    const id = await this.db.transaction(async (m) => {
      let lead: Lead | null = null;
      let companyId = input.companyId ?? null;
      if (input.leadId) {
        lead = (await this.leads.lockForEdit(m, actor, input.leadId)).lead;
        if (companyId && lead.companyId && companyId !== lead.companyId) throw badField('companyId', 'interaction.companyMismatch');
        companyId = lead.companyId ?? companyId;
      } else if (!can(actor, 'company.edit')) {
        throw forbidden();
      }
      if (!companyId) throw badField('companyId', 'interaction.companyRequired');
      await this.companies.get(companyId, m);
      const saved = await m.save(
        m.create(Interaction, {
          companyId,
          leadId: lead?.id ?? null,
          type: input.type,
          occurredOn,
          ourPeople: input.ourPeople ?? '',
          theirPeople: input.theirPeople ?? '',
          summary: input.summary,
          outcome: input.outcome ?? '',
          nextStep: input.nextStep ?? '',
          createdById: actor.id,
          ...searchIndex(input.summary),
        }),
      );
      if (lead) await this.touchLead(m, lead);
      return saved.id;
    });
    return this.get(id);
  }

  /**
   * Remarks carried over from an imported ledger, as contacts of type NOTE on their leads, in the importer's
   * transaction (the leads were checked and written by it). A lead that already has the same remark gets no second
   * one, so importing the same ledger twice adds nothing. Answers how many were recorded.
   */
  async addImported(m: EntityManager, actor: Actor, notes: ReadonlyArray<{ leadId: string; companyId: string; summary: string; occurredOn: string | null }>): Promise<number> {
    if (!notes.length) return 0;
    const today = todayOf(this.clock);
    const have = new Set<string>();
    const leadIds = [...new Set(notes.map((n) => n.leadId))];
    for (let i = 0; i < leadIds.length; i += 5000) {
      const rows = await m.find(Interaction, { where: { leadId: In(leadIds.slice(i, i + 5000)), type: InteractionType.NOTE }, select: { leadId: true, summary: true } });
      for (const r of rows) have.add(`${r.leadId}|${r.summary}`);
    }
    const fresh = notes.filter((n) => !have.has(`${n.leadId}|${n.summary}`) && have.add(`${n.leadId}|${n.summary}`));
    const rows = fresh.map((n) =>
      m.create(Interaction, {
        companyId: n.companyId,
        leadId: n.leadId,
        type: InteractionType.NOTE,
        occurredOn: n.occurredOn && n.occurredOn <= today ? n.occurredOn : today,
        ourPeople: '',
        theirPeople: '',
        summary: n.summary,
        outcome: '',
        nextStep: '',
        createdById: actor.id,
        ...searchIndex(n.summary),
      }),
    );
    for (let i = 0; i < rows.length; i += 500) await m.insert(Interaction, rows.slice(i, i + 500));
    return rows.length;
  }

  async update(actor: Actor, input: UpdateInteractionInput): Promise<Interaction> {
    if (input.occurredOn && input.occurredOn > todayOf(this.clock)) throw badField('occurredOn', 'lead.futureDate');
    await this.db.transaction(async (m) => {
      const { interaction, lead } = await this.lockForEdit(m, actor, input.interactionId);
      const changes: Partial<Interaction> = {};
      for (const key of ['type', 'occurredOn', 'ourPeople', 'theirPeople', 'outcome', 'nextStep'] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      if (input.summary !== undefined) Object.assign(changes, { summary: input.summary, ...searchIndex(input.summary) });
      if (Object.keys(changes).length) await m.update(Interaction, { id: interaction.id }, changes);
      if (lead) await this.touchLead(m, lead);
    });
    return this.get(input.interactionId);
  }

  async delete(actor: Actor, interactionId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      const { interaction, lead } = await this.lockForEdit(m, actor, interactionId);
      await m.delete(Interaction, { id: interaction.id });
      if (lead) await this.touchLead(m, lead);
    });
    return interactionId;
  }

  get(id: string): Promise<Interaction> {
    return this.db.manager.findOneOrFail(Interaction, { where: { id } });
  }

  /**
   * The contact and its lead, locked, if the actor may change it: on a lead, as whoever may edit the lead;
   * on a company only, as whoever may edit companies.
   */
  /**
   * Lead activity per staff member over a period: the interactions each recorded (occurred in the period) and the
   * distinct leads they touched; with chains, only interactions on those chains' leads.
   */
  async activityByStaff(range: { from: string; to: string; chainIds: readonly string[] | null }): Promise<Array<{ userId: string; interactions: number; leads: number }>> {
    const rows: Array<{ user_id: string; interactions: number; leads: number }> = await this.db.query(
      `SELECT i.created_by_id AS user_id, count(*)::int AS interactions, count(DISTINCT i.lead_id)::int AS leads
         FROM interaction i LEFT JOIN lead l ON l.id = i.lead_id
        WHERE i.created_by_id IS NOT NULL AND i.occurred_on BETWEEN $1 AND $2 AND l.deleted_at IS NULL AND ($3::uuid[] IS NULL OR l.chain_id = ANY($3))
        GROUP BY i.created_by_id ORDER BY count(*) DESC, i.created_by_id`,
      [range.from, range.to, range.chainIds],
    );
    return rows.map((r) => ({ userId: r.user_id, interactions: r.interactions, leads: r.leads }));
  }

  /**
   * The interactions recorded by staff over a period on each chain's leads (those activityByStaff counts for that
   * chain), for every chain in one statement: chain id to count, chains without any left out.
   */
  async interactionsByChain(range: { from: string; to: string }): Promise<Map<string, number>> {
    const rows: Array<{ chain_id: string; interactions: number }> = await this.db.query(
      `SELECT l.chain_id, count(*)::int AS interactions
         FROM interaction i JOIN lead l ON l.id = i.lead_id
        WHERE i.created_by_id IS NOT NULL AND i.occurred_on BETWEEN $1 AND $2 AND l.deleted_at IS NULL AND l.chain_id IS NOT NULL
        GROUP BY l.chain_id`,
      [range.from, range.to],
    );
    return new Map(rows.map((r) => [r.chain_id, r.interactions]));
  }

  private async lockForEdit(m: EntityManager, actor: Actor, id: string): Promise<{ interaction: Interaction; lead: Lead | null }> {
    const interaction = await m.findOne(Interaction, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!interaction) throw notFound('interaction', id);
    if (interaction.leadId) return { interaction, lead: (await this.leads.lockForEdit(m, actor, interaction.leadId)).lead };
    if (!can(actor, 'company.edit')) throw forbidden();
    return { interaction, lead: null };
  }

  /**
   * Keeps the lead's first and latest contact dates to its contacts (without any left, the dates stay as they
   * were), and moves a NEW lead with a contact to CONTACTED.
   */
  private async touchLead(m: EntityManager, lead: Lead): Promise<void> {
    const [span] = await m.query(`SELECT min(occurred_on) AS first, max(occurred_on) AS last FROM interaction WHERE lead_id = $1`, [lead.id]);
    if (!span?.first) return;
    const changes: Partial<Lead> = { firstContactOn: span.first, lastContactOn: span.last };
    if (lead.status === LeadStatus.NEW) changes.status = LeadStatus.CONTACTED;
    await m.update(Lead, { id: lead.id }, changes);
  }
}
