import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { COMPANY_ROLE_ORDER } from '@chainboard/domain';
import { ChainLoaders, ChainNode, IndustryChain } from '@chainboard/server-chains';
import { alignByKeys, groupByKeys, requestLoader } from '@chainboard/server-core';
import { CompanyTag } from './company-list.entity';
import { Company } from './company.entity';
import { NodeCompany } from './node-company.entity';

/**
 * The companies feature's loaders, one of each per request (kept on the GraphQL context): a field asked of a list of
 * companies, lists or nodes costs one SQL statement for the whole list. Other features resolve companies through
 * company, never with their own SQL on the companies' tables.
 */
@Injectable()
export class CompanyLoaders {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainLoaders,
  ) {}

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

  /** The companies on each chain-map node (by node id): anchors first, then local, then targets, by name. */
  onNode(ctx: object): DataLoader<string, NodeCompany[]> {
    return requestLoader<string, NodeCompany[]>(ctx, 'companies.onNode', async (ids) => {
      const rows = await this.db.manager.find(NodeCompany, { where: { nodeId: In([...ids]) } });
      rows.sort((a, b) => COMPANY_ROLE_ORDER.indexOf(a.role) - COMPANY_ROLE_ORDER.indexOf(b.role) || a.company.name.localeCompare(b.company.name, 'zh-CN'));
      return groupByKeys(ids, rows, (r) => r.nodeId);
    });
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
