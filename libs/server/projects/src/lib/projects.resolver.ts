import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ChainNode } from '@chainboard/server-chains';
import { groupByKeys, requestLoader } from '@chainboard/server-core';
import { Project, ProjectNode } from './project.entity';

/** Adds the projects on a node to the chain-map node type, batched per request. */
@Resolver(() => ChainNode)
export class NodeProjectsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [Project], { description: 'Projects that fill the node, newest first' })
  projects(@Parent() node: ChainNode, @Context() ctx: object): Promise<Project[]> {
    return requestLoader<string, Project[]>(ctx, 'node.projects', async (ids) => {
      const links = await this.db.manager.find(ProjectNode, {
        where: { nodeId: In([...ids]) },
        relations: { project: true },
        order: { project: { createdAt: 'DESC' } },
      });
      return groupByKeys(ids, links, (l) => l.nodeId).map((group) => group.map((l) => l.project));
    }).load(node.id);
  }
}
