import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ChainSegment } from '@chainboard/server-chains';
import { groupByKeys, requestLoader } from '@chainboard/server-core';
import { NodeCompany } from './node-company.entity';

/** Adds the companies on a node to the chain-map node type, batched per request. */
@Resolver(() => ChainSegment)
export class NodeCompaniesResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [NodeCompany], { description: 'Companies on the node: anchors first, then local, then targets' })
  companies(@Parent() node: ChainSegment, @Context() ctx: object): Promise<NodeCompany[]> {
    return requestLoader<string, NodeCompany[]>(ctx, 'node.companies', async (ids) => {
      const rows = await this.db.manager.find(NodeCompany, { where: { segmentId: In([...ids]) } });
      const order = { ANCHOR: 0, LOCAL: 1, TARGET: 2 } as const;
      rows.sort((a, b) => order[a.role] - order[b.role] || a.company.name.localeCompare(b.company.name, 'zh-CN'));
      return groupByKeys(ids, rows, (r) => r.segmentId);
    }).load(node.id);
  }
}
