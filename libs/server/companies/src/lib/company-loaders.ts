import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { COMPANY_ROLE_ORDER } from '@chainboard/domain';
import { ChainLoaders, ChainNode, IndustryChain } from '@chainboard/server-chains';
import { alignByKeys, countLoader, groupByKeys, requestLoader, SubListArgs, subListKey, SubListRows, subListRowsOf, subListTotals, subListWindow, SubListWindow, windowPerParent } from '@chainboard/server-core';
import { CompanyTag } from './company-list.entity';
import { Company } from './company.entity';
import { NodeCompany } from './node-company.entity';

/** Chinese names in pinyin order, as the people reading them expect (one collator for the process). */
const ZH_NAMES = new Intl.Collator('zh-CN');

/** PostgreSQL's ICU collation for Chinese (pinyin order); the embedded database's ICU has no Chinese data. */
const ZH_COLLATION = 'zh-x-icu';

/**
 * The companies feature's loaders, one of each per request (kept on the GraphQL context): a field asked of a list of
 * companies, lists or nodes costs one SQL statement for the whole list. Other features resolve companies through
 * company, never with their own SQL on the companies' tables.
 */
@Injectable()
export class CompanyLoaders implements OnModuleInit {
  /** Whether the database orders Chinese names itself (ZH_COLLATION exists), found once at start-up. */
  private zhCollation = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainLoaders,
  ) {}

  async onModuleInit(): Promise<void> {
    const [{ found }]: Array<{ found: boolean }> = await this.db.query(`SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = $1) AS found`, [ZH_COLLATION]);
    this.zhCollation = found;
  }

  /** Companies by id; a deleted company too, so that what points at it still names it. */
  company(ctx: object): DataLoader<string, Company | null> {
    return requestLoader<string, Company | null>(ctx, 'companies.company', async (ids) =>
      alignByKeys(ids, await this.db.manager.find(Company, { where: { id: In([...ids]) }, withDeleted: true }), (r) => r.id),
    );
  }

  /** Each company's list memberships (by company id), newest year first. */
  tags(ctx: object): DataLoader<string, CompanyTag[]> {
    return requestLoader<string, CompanyTag[]>(ctx, 'companies.tags', async (ids) => {
      const rows = await this.db.manager.find(CompanyTag, { where: { companyId: In([...ids]) }, order: { year: 'DESC', list: { name: 'ASC' } } });
      return groupByKeys(ids, rows, (r) => r.companyId);
    });
  }

  /**
   * Where each company sits on the chain maps (by company id), in the chains' order, then the maps' order. The nodes
   * and their chains come from ChainLoaders, whose answers the fields `node` and `chain` of each place then reuse.
   */
  placesOfCompany(ctx: object): DataLoader<string, NodeCompany[]> {
    return requestLoader<string, NodeCompany[]>(ctx, 'companies.placesOfCompany', async (ids) => {
      const links = await this.db.manager.find(NodeCompany, { where: { companyId: In([...ids]) } });
      const nodeIds = [...new Set(links.map((l) => l.nodeId))];
      const [nodes, chains] = await Promise.all([this.chains.node(ctx).loadMany(nodeIds), this.chains.chainOfNode(ctx).loadMany(nodeIds)]);
      const place = new Map(nodeIds.map((id, i) => [id, { node: nodes[i] as ChainNode | null, chain: chains[i] as IndustryChain | null }]));
      const key = (l: NodeCompany) => {
        const { node, chain } = place.get(l.nodeId)!;
        return [chain?.sortOrder ?? 0, node?.sortOrder ?? 0, node?.name ?? ''] as const;
      };
      links.sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        return ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0);
      });
      return groupByKeys(ids, links, (l) => l.companyId);
    });
  }

  /**
   * One window of the companies on each chain-map node (by node id): anchors first, then local, then targets, by name
   * in Chinese (pinyin) order. On a server with Chinese collation data the window is one statement for every node,
   * its count read with it; the embedded database has none, so there every candidate's role and name are read (a
   * narrow read) and ordered here, then the window's rows: two statements.
   */
  onNode(ctx: object, args?: SubListArgs | null): DataLoader<string, SubListRows<NodeCompany>> {
    const window = subListWindow(args);
    return requestLoader<string, SubListRows<NodeCompany>>(ctx, subListKey('companies.onNode', window), (ids) =>
      this.zhCollation ? this.onNodeOrderedInSql(ids, window) : this.onNodeOrderedHere(ids, window),
    );
  }

  private async onNodeOrderedInSql(ids: readonly string[], window: SubListWindow): Promise<Array<SubListRows<NodeCompany>>> {
    const roleRank = `array_position(ARRAY[${COMPANY_ROLE_ORDER.map((r) => `'${r}'`).join(',')}]::varchar[], x.role)`;
    const candidates = `SELECT nc.id, nc.segment_id AS parent, nc.role, c.name, count(*) OVER (PARTITION BY nc.segment_id) AS sub_list_total
                          FROM chain_node_company nc JOIN company c ON c.id = nc.company_id AND c.deleted_at IS NULL
                         WHERE nc.segment_id = ANY(:nodeIds::uuid[])`;
    const { entities, raw } = await this.db.manager
      .createQueryBuilder(NodeCompany, 'nc')
      .innerJoinAndSelect('nc.company', 'c')
      .innerJoin(`(${windowPerParent(candidates, `${roleRank}, x.name COLLATE "${ZH_COLLATION}", x.id`, window)})`, 'w', 'w.id = nc.id')
      .addSelect('w.parent', 'sub_list_parent')
      .addSelect('w.sub_list_total', 'sub_list_total')
      .setParameters({ nodeIds: [...ids] })
      .orderBy('w.parent')
      .addOrderBy('w.sub_list_row')
      .getRawAndEntities();
    const totals = subListTotals(raw);
    return groupByKeys(ids, entities, (r) => r.nodeId).map((rows, i) => subListRowsOf(rows, totals.get(ids[i]), window.offset));
  }

  private async onNodeOrderedHere(ids: readonly string[], window: SubListWindow): Promise<Array<SubListRows<NodeCompany>>> {
    const candidates: Array<{ id: string; parent: string; role: NodeCompany['role']; name: string }> = await this.db.query(
      `SELECT nc.id, nc.segment_id AS parent, nc.role, c.name
         FROM chain_node_company nc JOIN company c ON c.id = nc.company_id AND c.deleted_at IS NULL
        WHERE nc.segment_id = ANY($1::uuid[])`,
      [[...ids]],
    );
    candidates.sort(
      (x, y) => COMPANY_ROLE_ORDER.indexOf(x.role) - COMPANY_ROLE_ORDER.indexOf(y.role) || ZH_NAMES.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    const perNode = groupByKeys(ids, candidates, (c) => c.parent).map((group) => ({ window: group.slice(window.offset, window.offset + window.limit), total: group.length }));
    const windowIds = perNode.flatMap((n) => n.window.map((c) => c.id));
    const rows = windowIds.length ? await this.db.manager.find(NodeCompany, { where: { id: In(windowIds) }, relations: { company: true } }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return perNode.map((n) => ({ rows: n.window.map((c) => byId.get(c.id)).filter((r): r is NodeCompany => !!r), total: n.total }));
  }

  /** How many companies are on each node. */
  countOnNode(ctx: object): DataLoader<string, number> {
    return countLoader(
      ctx,
      'companies.countOnNode',
      this.db,
      `SELECT nc.segment_id AS parent FROM chain_node_company nc
         JOIN company c ON c.id = nc.company_id AND c.deleted_at IS NULL
        WHERE nc.segment_id = ANY(CAST(:ids AS uuid[]))`,
    );
  }

  /** How many tags each company list has (by list id). */
  tagCountOfList(ctx: object): DataLoader<string, number> {
    return requestLoader<string, number>(ctx, 'companies.tagCountOfList', async (ids) => {
      const rows: Array<{ list_id: string; n: number }> = await this.db.query(
        `SELECT list_id, count(*)::int AS n FROM company_tag WHERE list_id = ANY($1) GROUP BY list_id`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.list_id, r.n]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
  }
}
