import { readFileSync } from 'fs';
import { join } from 'path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { workspaceRoot } from '@chainboard/server-database';
import { SCHEMA_FILE } from '../src/app/schema';
import { TestApp } from './harness';

describe('the schema the running API serves', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ seed: false });
  });
  afterAll(() => t.close());

  it('is the committed schema file (every module’s resolvers are in `npm run schema`)', () => {
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync(join(workspaceRoot(), SCHEMA_FILE), 'utf8').replace(/^#.*\n\n/, '');
    expect(served.trim()).toBe(committed.trim());
  });
});
