import { readFileSync } from 'fs';
import { join } from 'path';
import { workspaceRoot } from '@chainboard/server-database';
import { buildSchemaSdl, SCHEMA_FILE } from './schema';

describe('the committed GraphQL schema', () => {
  it('is what the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(join(workspaceRoot(), SCHEMA_FILE), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });
});
