import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedExport } from '@chainboard/server-core';
import { ExportFile } from '@chainboard/server-spreadsheets';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { RankingKind, RankingService } from './ranking.service';
import { Ranking, RankingConfig, RankingConfigInput } from './ranking.types';

/** The monthly ranking of chains and lead departments, its configuration and its publication. */
@Resolver(() => Ranking)
export class RankingResolver {
  constructor(private readonly service: RankingService) {}

  @Allow('chain.read')
  @Query(() => Ranking, { description: 'A month\'s ranking (kind CHAIN or DEPARTMENT): frozen once published, computed from the records until then' })
  ranking(
    @Args('month', { description: 'YYYY-MM' }) month: string,
    @Args('kind', { description: 'CHAIN or DEPARTMENT' }) kind: string,
    @Args('includeDemo', { type: () => Boolean, nullable: true, defaultValue: true }) includeDemo?: boolean,
  ): Promise<Ranking> {
    return this.service.ranking(month, kind as RankingKind, includeDemo ?? true);
  }

  @Allow('chain.read')
  @Query(() => [String], { description: 'The months whose rankings are published (frozen), latest first' })
  publishedRankingMonths(): Promise<string[]> {
    return this.service.publishedMonths();
  }

  @Allow('chain.read')
  @Query(() => RankingConfig, { description: 'The ranking weights and monthly targets in force' })
  rankingConfig(): Promise<RankingConfig> {
    return this.service.config();
  }

  @Allow('settings.manage')
  @Mutation(() => RankingConfig, { description: 'Sets the ranking weights and monthly targets (published months keep theirs)' })
  setRankingConfig(@Args('input', { type: () => RankingConfigInput }) input: RankingConfigInput): Promise<RankingConfig> {
    return this.service.setConfig(input);
  }

  @Allow('settings.manage')
  @Mutation(() => [Ranking], { description: "Publishes a month's rankings of chains and of lead departments, freezing the figures behind each score" })
  publishRanking(
    @CurrentUser() user: User,
    @Args('month', { description: 'YYYY-MM' }) month: string,
    @Args('includeDemo', { type: () => Boolean, nullable: true, defaultValue: true }) includeDemo?: boolean,
  ): Promise<Ranking[]> {
    return this.service.publish(user, month, includeDemo ?? true);
  }

  @AuditedExport('rankingQuarterReport')
  @Allow('chain.read')
  @Mutation(() => ExportFile, { description: "The quarter's rankings (its three months, chains and lead departments) as .xlsx" })
  rankingQuarterReport(
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Args('includeDemo', { type: () => Boolean, nullable: true, defaultValue: true }) includeDemo?: boolean,
  ): Promise<ExportFile> {
    return this.service.quarterReport(year, quarter, includeDemo ?? true);
  }
}
