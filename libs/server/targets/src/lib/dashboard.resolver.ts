import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdPipe, LocalDateScalar } from '@chainboard/server-core';
import { Allow } from '@chainboard/server-users';
import { DashboardService } from './dashboard.service';
import { Dashboard, DashboardIssue, DashboardIssuePage, DashboardIssues } from './dashboard.types';

/** The records behind the dashboard's figures, read only when asked for: the projects of a light, the open issues. */
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @ResolveField(() => [ID], { description: 'Projects red on the day, in id order (the ledger filtered by light=RED); read when asked, prefer redProjects' })
  redProjectIds(@Parent() d: Dashboard): Promise<string[]> {
    return this.dashboards.projectIdsOfLight(d.scope, 'RED');
  }

  @ResolveField(() => [ID], { description: 'Projects yellow on the day, in id order; read when asked, prefer yellowProjects' })
  yellowProjectIds(@Parent() d: Dashboard): Promise<string[]> {
    return this.dashboards.projectIdsOfLight(d.scope, 'YELLOW');
  }

  @Allow('chain.read')
  @Query(() => DashboardIssuePage, { description: "A page of the open coordination issues behind a dashboard's figure (the district's, or one chain's), oldest first" })
  dashboardOpenIssues(
    @Args('asOf', { type: () => LocalDateScalar }) asOf: string,
    @Args('chainId', { type: () => ID, nullable: true }, new IdPipe('chainId', { optional: true })) chainId?: string,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20, description: 'At most 200' }) limit?: number,
  ): Promise<DashboardIssuePage> {
    return this.dashboards.openIssuePage({ asOf, chainId, offset, limit });
  }
}

@Resolver(() => DashboardIssues)
export class DashboardIssuesResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @ResolveField(() => [ID], { description: 'Open issues (交办 or 督办), oldest first; read when asked' })
  openIds(@Parent() issues: DashboardIssues): Promise<string[]> {
    return this.dashboards.openIssueIds(issues.scope);
  }

  @ResolveField(() => [DashboardIssue], { description: 'The open issues themselves, oldest first: a page of them when given a limit, all without' })
  openIssues(
    @Parent() issues: DashboardIssues,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
  ): Promise<DashboardIssue[]> {
    return this.dashboards.openIssues(issues.scope, { offset: Math.max(0, offset ?? 0), limit: limit === null || limit === undefined ? null : Math.max(0, limit) });
  }
}
