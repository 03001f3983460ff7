import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ChainFieldsResolver, ChainMapResolver, ChainNodeResolver, ChainsResolver, PolicySetResolver, WorkPlanResolver } from '@chainboard/server-chains';
import { CompaniesResolver, CompanyFieldsResolver, CompanyListsResolver, NodeCompaniesResolver, NodeCompanyFieldsResolver } from '@chainboard/server-companies';
import {
  CompanyLeadsResolver,
  InteractionsResolver,
  LeadsResolver,
  NodeLeadsResolver,
  ProjectLeadResolver,
  ProspectsResolver,
  WorkResolver,
} from '@chainboard/server-leads';
import {
  CoordinationIssueEventFieldsResolver,
  NodeProjectsResolver,
  ProjectEventFieldsResolver,
  ProjectFundsFieldsResolver,
  ProjectRecordsResolver,
  ProjectsResolver,
  ProjectStageLogFieldsResolver,
  ProjectUpdateFieldsResolver,
} from '@chainboard/server-projects';
import { ActionItemFieldsResolver, MeetingAttendeeFieldsResolver, MeetingItemFieldsResolver, MeetingsResolver } from '@chainboard/server-meetings';
import { SearchResolver } from '@chainboard/server-search';
import { SpreadsheetsResolver } from '@chainboard/server-spreadsheets';
import { PlacesResolver } from '@chainboard/server-places';
import { DashboardIssuesResolver, DashboardResolver, RankingResolver, TargetsResolver } from '@chainboard/server-targets';
import { AccountsResolver, SavedViewsResolver, UsersResolver } from '@chainboard/server-users';
import { AuditResolver } from '@chainboard/server-audit';

export const SCHEMA_FILE = 'apps/api/schema.graphql';

const RESOLVERS = [
  UsersResolver,
  AccountsResolver,
  AuditResolver,
  ChainsResolver,
  ChainFieldsResolver,
  WorkPlanResolver,
  PolicySetResolver,
  ChainMapResolver,
  ChainNodeResolver,
  NodeCompaniesResolver,
  NodeLeadsResolver,
  NodeProjectsResolver,
  CompaniesResolver,
  CompanyFieldsResolver,
  NodeCompanyFieldsResolver,
  CompanyListsResolver,
  SavedViewsResolver,
  LeadsResolver,
  CompanyLeadsResolver,
  ProjectLeadResolver,
  InteractionsResolver,
  ProspectsResolver,
  WorkResolver,
  SearchResolver,
  ProjectsResolver,
  ProjectRecordsResolver,
  ProjectUpdateFieldsResolver,
  ProjectFundsFieldsResolver,
  ProjectStageLogFieldsResolver,
  ProjectEventFieldsResolver,
  CoordinationIssueEventFieldsResolver,
  SpreadsheetsResolver,
  TargetsResolver,
  DashboardResolver,
  DashboardIssuesResolver,
  RankingResolver,
  PlacesResolver,
  MeetingsResolver,
  MeetingAttendeeFieldsResolver,
  MeetingItemFieldsResolver,
  ActionItemFieldsResolver,
];

/** The GraphQL schema as SDL, built from the code-first types without a database. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const factory = app.get(GraphQLSchemaFactory);
    const schema = await factory.create(RESOLVERS, { scalarsMap: [] });
    return `# Generated from the API's code-first types by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
