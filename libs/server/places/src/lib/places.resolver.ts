import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Project } from '@chainboard/server-projects';
import { IdPipe, LocalDateScalar } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { LandParcel, LandTotal, PlaceBuilding, PlaceZone } from './place.entities';
import { PlacesService } from './places.service';
import { SetProjectCarrierInput } from './places.inputs';
import { BuildingSummary, CarrierMatch, LandSummary } from './places.types';

/** The district's places, the land ledger and the carriers a project fits. */
@Resolver(() => PlaceZone)
export class PlacesResolver {
  constructor(private readonly service: PlacesService) {}

  @Allow('chain.read')
  @Query(() => [PlaceZone], { description: "The zones of the plan's spatial structure, its communities, streets and 科创空间" })
  placeZones(): Promise<PlaceZone[]> {
    return this.service.zones();
  }

  @Allow('chain.read')
  @Query(() => [PlaceBuilding], { description: 'Buildings, of one zone or all' })
  placeBuildings(@Args('zoneId', { type: () => ID, nullable: true }, new IdPipe('zoneId', { optional: true })) zoneId?: string): Promise<PlaceBuilding[]> {
    return this.service.buildings(zoneId);
  }

  @Allow('chain.read')
  @Query(() => [LandParcel], { description: 'The land ledger: idle, low-efficiency and unsupplied parcels' })
  landParcels(): Promise<LandParcel[]> {
    return this.service.parcels();
  }

  @Allow('chain.read')
  @Query(() => [LandTotal], { description: "The plan's own district totals of idle, low-efficiency and unsupplied land" })
  landTotals(): Promise<LandTotal[]> {
    return this.service.landTotals();
  }

  @Allow('chain.read')
  @Query(() => LandSummary)
  landSummary(@Args('asOf', { type: () => LocalDateScalar }) asOf: string): Promise<LandSummary> {
    return this.service.landSummary(asOf);
  }

  @Allow('chain.read')
  @Query(() => BuildingSummary)
  buildingSummary(@Args('asOf', { type: () => LocalDateScalar }) asOf: string): Promise<BuildingSummary> {
    return this.service.buildingSummary(asOf);
  }

  @Allow('project.read')
  @Query(() => [CarrierMatch], { description: "Where a project can land: vacant carriers with room for its land or floor-space need, in its chain's zones" })
  projectCarrierMatches(
    @CurrentUser() user: User,
    @Args('projectId', { type: () => ID }, new IdPipe('projectId')) projectId: string,
    @Args('zoneId', { type: () => ID, nullable: true }, new IdPipe('zoneId', { optional: true })) zoneId?: string,
  ): Promise<CarrierMatch[]> {
    return this.service.whereCanLand(user, projectId, zoneId);
  }

  @Allow('project.edit')
  @Mutation(() => Project, { description: "Links a project to its carrier among the places (a zone, a building, a land parcel), beside its carrier text" })
  setProjectCarrier(@CurrentUser() user: User, @Args('input', { type: () => SetProjectCarrierInput }) input: SetProjectCarrierInput): Promise<Project> {
    return this.service.setProjectCarrier(user, input);
  }
}
