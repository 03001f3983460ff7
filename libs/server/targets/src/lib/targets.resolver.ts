import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdPipe, LocalDateScalar } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { IndicatorStandingsInput, RecordIndicatorActualInput } from './dto/targets.inputs';
import { IndicatorActual } from './indicator-actual.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { TargetsService } from './targets.service';
import { DashboardService } from './dashboard.service';
import { Dashboard } from './dashboard.types';
import { IndicatorStanding } from './targets.types';

/** The plan's indicators, their entered actuals and where each stands. */
@Resolver(() => PlanIndicator)
export class TargetsResolver {
  constructor(
    private readonly service: TargetsService,
    private readonly dashboards: DashboardService,
  ) {}

  @Allow('chain.read')
  @Query(() => [PlanIndicator], { description: "The plan's indicators: table 2 in its order, then the targets its text states" })
  planIndicators(): Promise<PlanIndicator[]> {
    return this.service.indicators();
  }

  @Allow('chain.read')
  @Query(() => [IndicatorActual], { description: 'The actuals entered for an indicator or a chain target, latest period first' })
  indicatorActuals(
    @Args('indicatorId', { type: () => ID, nullable: true }, new IdPipe('indicatorId', { optional: true })) indicatorId?: string,
    @Args('chainTargetId', { type: () => ID, nullable: true }, new IdPipe('chainTargetId', { optional: true })) chainTargetId?: string,
  ): Promise<IndicatorActual[]> {
    return this.service.actuals({ indicatorId, chainTargetId });
  }

  @Allow('chain.read')
  @Query(() => [IndicatorStanding], { description: 'Where every indicator (or one chain\'s targets) stands at the end of a year or a quarter' })
  indicatorStandings(@Args('input', { type: () => IndicatorStandingsInput }) input: IndicatorStandingsInput): Promise<IndicatorStanding[]> {
    return this.service.standings(input);
  }

  @Allow('indicator.record')
  @Mutation(() => IndicatorActual, { description: 'Enters the actual of an indicator or a chain target for a year or a quarter, with its source' })
  recordIndicatorActual(@CurrentUser() user: User, @Args('input', { type: () => RecordIndicatorActualInput }) input: RecordIndicatorActualInput): Promise<IndicatorActual> {
    return this.service.recordActual(user, input);
  }

  @Allow('chain.read')
  @Query(() => Dashboard, { description: "The leaders' dashboard (驾驶舱) of the district, or of one chain, on a day" })
  dashboard(
    @Args('asOf', { type: () => LocalDateScalar }) asOf: string,
    @Args('chainId', { type: () => ID, nullable: true }, new IdPipe('chainId', { optional: true })) chainId?: string,
    @Args('includeDemo', { type: () => Boolean, nullable: true, defaultValue: true }) includeDemo?: boolean,
  ): Promise<Dashboard> {
    return this.dashboards.dashboard({ asOf, chainId, includeDemo });
  }
}
