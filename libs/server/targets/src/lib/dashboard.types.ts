import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar, LocalDateScalar } from '@chainboard/server-core';
import { BuildingSummary, LandSummary } from '@chainboard/server-places';
import { ProjectCounters } from '@chainboard/server-projects';
import { IndicatorStanding } from './targets.types';

@ObjectType({ description: 'Signings and funds in place over this month, quarter or year to date' })
export class DashboardPeriod {
  @Field({ description: 'MONTH, QUARTER or YEAR' }) kind: string;
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => Int, { description: 'Projects signed in the period (every type), not dropped by its end' }) signed: number;
  @Field(() => Int, { description: 'Of which industrialisation projects' }) industrialisation: number;
  @Field(() => DecimalScalar, { nullable: true, description: "The period's share of the plan's 50 industrialisation projects (district only)" })
  industrialisationTarget: string | null;
  @Field(() => DecimalScalar, { description: 'Agreed investment signed in the period, 亿元' }) signedAmount: string;
  @Field(() => DecimalScalar, { description: 'Net change of the funds in place of counted projects over the period, 亿元' }) fundsInPlace: string;
}

@ObjectType({ description: "One staff member's lead activity this month" })
export class StaffActivity {
  @Field(() => ID) userId: string;
  @Field(() => Int, { description: 'Interactions recorded' }) interactions: number;
  @Field(() => Int, { description: 'Distinct leads touched' }) leads: number;
}

@ObjectType({ description: 'An open coordination issue behind the dashboard figure, with its project (a confidential one under its code name)' })
export class DashboardIssue {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'OPEN (交办) or ESCALATED (督办) on the day' }) status: string;
  @Field(() => LocalDateScalar) raisedOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
}

/** What a dashboard is of: the day, the chains (all when null), demo data in or out (read by the fields that list records). */
export interface DashboardScope {
  asOf: string;
  chainIds: string[] | null;
  includeDemo: boolean;
}

@ObjectType({ description: 'A page of the open coordination issues behind the dashboard figure, oldest first' })
export class DashboardIssuePage {
  @Field(() => Int, { description: 'Open issues in all' }) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [DashboardIssue]) items: DashboardIssue[];
}

@ObjectType({ description: 'Coordination issues raised by the day: open ones, and how many of this year’s are closed out' })
export class DashboardIssues {
  /** Not a field: the scope the open issues are listed for when asked (openIds, openIssues). */
  scope: DashboardScope;
  @Field(() => Int, { description: 'Open issues (交办 or 督办) on the day; the issues themselves are read when asked (openIssues, dashboardOpenIssues)' }) open: number;
  @Field(() => Int, { description: 'Raised this year' }) raisedThisYear: number;
  @Field(() => Int, { description: 'Raised this year and closed out (销号) by the day' }) closedThisYear: number;
  @Field(() => Int, { description: 'Of those, closed out by their due date' }) closedOnTime: number;
  @Field(() => Float, { nullable: true, description: 'closedThisYear / raisedThisYear, percent' }) closureRatePercent: number | null;
}

@ObjectType({ description: 'How many demo records (演示数据) the figures of the dashboard count: its project, land and building figures are demo figures when theirs are above zero' })
export class DashboardDemo {
  @Field(() => Int, { description: 'Demo projects in the scope (counted when includeDemo)' }) projects: number;
  @Field(() => Int, { description: 'Demo land parcels (counted when includeDemo)' }) parcels: number;
  @Field(() => Int, { description: 'Demo buildings (counted when includeDemo)' }) buildings: number;
}

@ObjectType({ description: 'The leaders’ dashboard (驾驶舱) of the district or of one chain on a day, every figure computed from the records' })
export class Dashboard {
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => ID, { nullable: true }) chainId: string | null;
  @Field(() => ProjectCounters, { description: "The plan's project counters over the plan period, beside their targets" }) counters: ProjectCounters;
  @Field(() => [DashboardPeriod]) periods: DashboardPeriod[];
  /** Not a field: the scope the red and yellow projects are listed for when asked (redProjectIds, yellowProjectIds). */
  scope: DashboardScope;
  @Field(() => Int, { description: 'Projects red on the day (the ledger filtered by light=RED counts as many)' }) redProjects: number;
  @Field(() => Int, { description: 'Projects yellow on the day' }) yellowProjects: number;
  @Field(() => DashboardIssues) issues: DashboardIssues;
  @Field(() => [StaffActivity], { description: 'Lead activity per staff member this month' }) leadActivity: StaffActivity[];
  @Field(() => LandSummary) land: LandSummary;
  @Field(() => BuildingSummary) buildings: BuildingSummary;
  @Field(() => [IndicatorStanding], { description: "The plan's indicators (district) or the chain's targets, in the quarter of the day" }) indicators: IndicatorStanding[];
  @Field(() => DashboardDemo) demo: DashboardDemo;
}
