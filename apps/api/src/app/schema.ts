import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ChainMapResolver, ChainNodeResolver, ChainsResolver, WorkPlanResolver } from '@chainboard/server-chains';
import { CompaniesResolver, CompanyFieldsResolver, CompanyListsResolver, NodeCompaniesResolver, NodeCompanyFieldsResolver, SavedViewsResolver } from '@chainboard/server-companies';
import {
  CompanyLeadsResolver,
  InteractionsResolver,
  LeadsResolver,
  NodeLeadsResolver,
  ProjectLeadResolver,
  ProspectsResolver,
  WorkResolver,
} from '@chainboard/server-leads';
import { NodeProjectsResolver } from '@chainboard/server-projects';
import { SpreadsheetsResolver } from '@chainboard/server-spreadsheets';
import { UsersResolver } from '@chainboard/server-users';

export const SCHEMA_FILE = 'apps/api/schema.graphql';

const RESOLVERS = [
  UsersResolver,
  ChainsResolver,
  WorkPlanResolver,
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
  SpreadsheetsResolver,
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
