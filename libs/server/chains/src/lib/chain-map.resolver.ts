import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { ChainEdge } from './chain-edge.entity';
import { ChainLoaders } from './chain-loaders';
import { ChainMapService } from './chain-map.service';
import { AddChainNodeInput, ChainMapGraph, UpdateChainNodeInput } from './chain-map.types';
import { ChainNode } from './chain-node.entity';
import { Policy } from './policy.entity';

@Resolver(() => ChainNode)
export class ChainNodeResolver {
  constructor(
    private readonly maps: ChainMapService,
    private readonly loaders: ChainLoaders,
  ) {}

  @Allow('chain.read')
  @Query(() => ChainMapGraph, { description: "A chain's whole map with each node's counts and the gap analysis" })
  chainMap(@Args('chainId', { type: () => ID }, new IdPipe('chainId')) chainId: string): Promise<ChainMapGraph> {
    return this.maps.graph(chainId);
  }

  @Allow('chain.read')
  @Query(() => ChainNode, { description: 'One node, with what sits on it' })
  chainNode(@Args('id', { type: () => ID }, new IdPipe('nodeId')) id: string): Promise<ChainNode> {
    return this.maps.node(id);
  }

  @Allow('chainMap.edit')
  @Mutation(() => ChainNode)
  addChainNode(@CurrentUser() user: User, @Args('input') input: AddChainNodeInput): Promise<ChainNode> {
    return this.maps.addNode(user, input);
  }

  @Allow('chainMap.edit')
  @Mutation(() => ChainNode, { description: 'Renames, re-parents or re-classifies a node' })
  updateChainNode(@CurrentUser() user: User, @Args('input') input: UpdateChainNodeInput): Promise<ChainNode> {
    return this.maps.updateNode(user, input);
  }

  @Allow('chainMap.edit')
  @Mutation(() => ID, { description: 'Deletes a node; companies, leads and projects on it must be moved to reassignToId' })
  deleteChainNode(
    @CurrentUser() user: User,
    @Args('nodeId', { type: () => ID }, new IdPipe('nodeId')) nodeId: string,
    @Args('reassignToId', { type: () => ID, nullable: true }, new IdPipe('reassignToId', { optional: true })) reassignToId?: string,
  ): Promise<string> {
    return this.maps.deleteNode(user, nodeId, reassignToId);
  }

  @Allow('chainMap.edit')
  @Mutation(() => ChainEdge, { description: 'Adds a supply relation from the supplier node to the buyer node' })
  addChainEdge(
    @CurrentUser() user: User,
    @Args('fromId', { type: () => ID }, new IdPipe('fromId')) fromId: string,
    @Args('toId', { type: () => ID }, new IdPipe('toId')) toId: string,
  ): Promise<ChainEdge> {
    return this.maps.addEdge(user, fromId, toId);
  }

  @Allow('chainMap.edit')
  @Mutation(() => ID)
  deleteChainEdge(@CurrentUser() user: User, @Args('edgeId', { type: () => ID }, new IdPipe('edgeId')) edgeId: string): Promise<string> {
    return this.maps.deleteEdge(user, edgeId);
  }

  @ResolveField(() => [Policy], { description: 'Policies of the chain whose title or summary names this node' })
  policies(node: ChainNode, _args: unknown, ctx: object): Promise<Policy[]> {
    return this.loaders.policiesNamingNode(ctx).load(node.id);
  }
}
