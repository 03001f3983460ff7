import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Actor, CompanyRole, LeadSource, Priority, PRIORITY_ORDER } from '@chainboard/domain';
import { badField, conflict, notFound, pageTotal } from '@chainboard/server-core';
import { ChainNode, ChainsService, IndustryChain, nodeInChainSql } from '@chainboard/server-chains';
import { CompaniesService } from '@chainboard/server-companies';
import { AddProspectInput, ConvertProspectInput, ProspectListInput, UpdateProspectInput } from './dto/prospect.inputs';
import { Lead } from './lead.entity';
import { LeadsService } from './leads.service';
import { ProspectPage } from './lead.types';
import { Prospect } from './prospect.entity';

/** A priority's rank in the domain's order (PRIORITY_ORDER, 1 the highest), as SQL over literals of fixed, known values. */
export const priorityRankSql = (col: string) => `array_position(ARRAY[${PRIORITY_ORDER.map((p) => `'${p}'`).join(',')}]::varchar[], ${col})`;

/** The prospect table's order. The index prospect_table_order is built on the same expression (migration ProspectTableOrder): change both together. */
export const PRIORITY_RANK = priorityRankSql('p.priority');

/** Prospects (目标企业): companies the district wants on a chain-map node, with a priority, an assignee and a reason. */
@Injectable()
export class ProspectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly leads: LeadsService,
    private readonly chains: ChainsService,
    private readonly companies: CompaniesService,
  ) {}

  /**
   * Prospects of a chain, a node or an assignee: high priority first. The page, then its total (none when the page is
   * not full; else counted up to TOTAL_CAP past the page, or every row with exactTotal): at most two SQL statements.
   */
  async list(input: ProspectListInput): Promise<ProspectPage> {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    const qb = this.db.manager
      .createQueryBuilder(Prospect, 'p')
      .innerJoinAndSelect('p.node', 'node')
      .innerJoinAndSelect('p.company', 'company')
      .leftJoinAndSelect('p.assignee', 'assignee')
      .leftJoinAndSelect('assignee.department', 'assigneeDepartment');
    if (input.chainId) qb.andWhere(nodeInChainSql('p.segment_id', 'chainId'), { chainId: input.chainId });
    if (input.nodeId) qb.andWhere('p.segment_id = :nodeId', { nodeId: input.nodeId });
    if (input.assigneeId) qb.andWhere('p.assignee_id = :assigneeId', { assigneeId: input.assigneeId });
    if (input.priority) qb.andWhere('p.priority = :priority', { priority: input.priority });
    if (input.converted === true) qb.andWhere('p.lead_id IS NOT NULL');
    if (input.converted === false) qb.andWhere('p.lead_id IS NULL');
    const items = await qb
      .orderBy(PRIORITY_RANK, 'ASC')
      .addOrderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
    const total = await pageTotal(qb, { offset, limit, rows: items.length, exact: input.exactTotal });
    return { ...total, offset, limit, items };
  }

  async get(id: string, m: EntityManager = this.db.manager): Promise<Prospect> {
    const prospect = await m.findOne(Prospect, { where: { id } });
    if (!prospect) throw notFound('prospect', id);
    return prospect;
  }

  /** Adds a prospect on a node (its company put on the node as a target when it is not there yet). */
  async add(actor: Actor, input: AddProspectInput): Promise<Prospect> {
    if (input.companyId && input.company) throw badField('companyId', 'lead.companyTwice');
    if (!input.companyId && !input.company) throw badField('companyId', 'lead.companyRequired');
    const id = await this.db
      .transaction(async (m) => {
        const { node, chain } = await this.nodeFor(m, actor, input.nodeId);
        const company = await this.leads.companyFor(m, actor, input);
        if (await m.existsBy(Prospect, { nodeId: node.id, companyId: company.id })) throw conflict('prospect.exists', { company: company.name, node: node.name });
        const assigneeId = input.assigneeId ? await this.leads.checkedOwner(m, input.assigneeId, chain, 'assigneeId') : null;
        const prospect = await m.save(
          m.create(Prospect, { nodeId: node.id, companyId: company.id, priority: input.priority ?? Priority.MEDIUM, assigneeId, reason: input.reason ?? '', leadId: null }),
        );
        await this.companies.placeOnNode(m, company.id, node.id, CompanyRole.TARGET);
        return prospect.id;
      })
      .catch((e: unknown) => {
        if (e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === 'prospect_once_per_node') {
          throw conflict('prospect.exists', { company: input.company?.name ?? '', node: '' });
        }
        throw e;
      });
    return this.get(id);
  }

  async update(actor: Actor, input: UpdateProspectInput): Promise<Prospect> {
    await this.db.transaction(async (m) => {
      const { prospect, chain } = await this.lockForEdit(m, actor, input.prospectId);
      const changes: Partial<Prospect> = {};
      if (input.priority !== undefined) changes.priority = input.priority;
      if (input.reason !== undefined) changes.reason = input.reason;
      if (input.assigneeId !== undefined) changes.assigneeId = input.assigneeId ? await this.leads.checkedOwner(m, input.assigneeId, chain, 'assigneeId') : null;
      if (Object.keys(changes).length) await m.update(Prospect, { id: prospect.id }, changes);
    });
    return this.get(input.prospectId);
  }

  /** Removes a prospect (the company stays on the node); returns its id. */
  async remove(actor: Actor, prospectId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      await this.lockForEdit(m, actor, prospectId);
      await m.delete(Prospect, { id: prospectId });
    });
    return prospectId;
  }

  /** Turns a prospect into a NEW lead on its node and chain: owner the assignee (or the actor); linked both ways. */
  async convert(actor: Actor, input: ConvertProspectInput): Promise<Lead> {
    const leadId = await this.db.transaction(async (m) => {
      const prospect = await this.locked(m, input.prospectId);
      if (prospect.leadId) throw conflict('prospect.converted');
      const { chainId } = await this.chains.nodeWithChain(prospect.nodeId, m);
      const lead = await this.leads.createIn(m, actor, {
        title: input.title ?? `${prospect.company.name} · ${prospect.node.name}`,
        chainId,
        companyId: prospect.companyId,
        nodeIds: [prospect.nodeId],
        source: input.source ?? LeadSource.OTHER,
        ownerId: prospect.assigneeId ?? actor.id,
      });
      await m.update(Prospect, { id: prospect.id }, { leadId: lead.id });
      return lead.id;
    });
    return this.leads.get(actor, leadId);
  }

  /** The prospect, locked, and its node's chain, if prospect.edit reaches that chain. */
  private async lockForEdit(m: EntityManager, actor: Actor, id: string): Promise<{ prospect: Prospect; chain: IndustryChain }> {
    const prospect = await this.locked(m, id);
    const { chain } = await this.nodeFor(m, actor, prospect.nodeId);
    return { prospect, chain };
  }

  /** Reads the prospect for update (its eager relations joined apart: FOR UPDATE cannot lock an outer join). */
  private async locked(m: EntityManager, id: string): Promise<Prospect> {
    await m.query(`SELECT id FROM prospect WHERE id = $1 FOR UPDATE`, [id]);
    return this.get(id, m);
  }

  private async nodeFor(m: EntityManager, actor: Actor, nodeId: string): Promise<{ node: ChainNode; chain: IndustryChain }> {
    const node = await this.chains.nodeWithChain(nodeId, m);
    return { node, chain: await this.chains.authorize(actor, 'prospect.edit', node.chainId, m) };
  }
}
