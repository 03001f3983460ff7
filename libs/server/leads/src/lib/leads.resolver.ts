import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ChainSegment } from '@chainboard/server-chains';
import { groupByKeys, requestLoader } from '@chainboard/server-core';
import { Lead, LeadNode } from './lead.entity';

/** Adds the leads on a node to the chain-map node type, batched per request. */
@Resolver(() => ChainSegment)
export class NodeLeadsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [Lead], { description: 'Leads that would fill the node, newest first' })
  leads(@Parent() node: ChainSegment, @Context() ctx: object): Promise<Lead[]> {
    return requestLoader<string, Lead[]>(ctx, 'node.leads', async (ids) => {
      const links = await this.db.manager.find(LeadNode, {
        where: { segmentId: In([...ids]) },
        relations: { lead: true },
        order: { lead: { createdAt: 'DESC' } },
      });
      return groupByKeys(ids, links, (l) => l.segmentId).map((group) => group.map((l) => l.lead));
    }).load(node.id);
  }
}
