import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const root = join(__dirname, '..');

/** The project.json files of apps, libs and tools. */
function projectFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return projectFiles(path);
    return entry.name === 'project.json' ? [path] : [];
  });
}

/**
 * The module boundaries of the workspace. Scopes: web never imports server code; the domain library imports neither.
 * Types (layers): data access and ui never import a feature; utilities import only utilities and the domain.
 */
describe('module boundaries', () => {
  // The workspace's own configuration, passed in directly (Jest cannot load config files by dynamic import).
  // eslint-disable-next-line @nx/enforce-module-boundaries
  const config = require('../eslint.config.js');
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

  /**
   * The same configuration with the cycle check set aside for one pair of projects. A probe that imports a feature
   * into a library the feature builds on closes a cycle, and the rule then reports the cycle alone: set aside, the
   * layer (type:) check underneath shows.
   */
  function withoutCycle(pair: [string, string]): ESLint {
    const patched = config.map((entry: any) => {
      const rule = entry.rules?.['@nx/enforce-module-boundaries'];
      if (!rule || rule === 'off' || rule[0] === 'off') return entry;
      return { ...entry, rules: { ...entry.rules, '@nx/enforce-module-boundaries': [rule[0], { ...rule[1], ignoredCircularDependencies: [pair] }] } };
    });
    return new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: patched });
  }

  async function violations(file: string, code: string, linter = eslint): Promise<string[]> {
    const [result] = await linter.lintText(code, { filePath: join(root, file) });
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  }

  it('refuses server code in a web library', async () => {
    expect(await violations('libs/web/ui/src/lib/probe.ts', `import { ChainsService } from '@chainboard/server-chains';\nexport const x = ChainsService;\n`)).toHaveLength(1);
  });

  it('refuses server and web code in the domain library', async () => {
    expect(await violations('libs/domain/src/lib/probe.ts', `import { AppError } from '@chainboard/server-core';\nexport const x = AppError;\n`)).toHaveLength(1);
    expect(await violations('libs/domain/src/lib/probe.ts', `import * as ui from '@chainboard/web-ui';\nexport const x = ui;\n`)).toHaveLength(1);
  });

  it('allows the domain library in both web and server code', async () => {
    const code = `import { Role } from '@chainboard/domain';\nexport const x = Role.ADMIN;\n`;
    expect(await violations('libs/web/ui/src/lib/probe.ts', code)).toEqual([]);
    expect(await violations('libs/server/chains/src/lib/probe.ts', code)).toEqual([]);
  });

  it('refuses a feature in a data-access library: the database library and the GraphQL client', async () => {
    const database = ['libs/server/database/src/lib/probe.ts', `import { ChainsService } from '@chainboard/server-chains';\nexport const x = ChainsService;\n`] as const;
    expect(await violations(...database)).toHaveLength(1);
    expect(await violations(...database, withoutCycle(['server-database', 'server-chains']))).toEqual([
      expect.stringContaining('A project tagged with "type:data-access" can only depend on libs tagged with'),
    ]);
    const client = ['libs/web/graphql/src/lib/probe.ts', `import * as chains from '@chainboard/web-chains';\nexport const x = chains;\n`] as const;
    expect(await violations(...client)).toHaveLength(1);
    expect(await violations(...client, withoutCycle(['web-graphql', 'web-chains']))).toEqual([
      expect.stringContaining('A project tagged with "type:data-access" can only depend on libs tagged with'),
    ]);
  });

  it('refuses a feature in the ui library', async () => {
    const probe = ['libs/web/ui/src/lib/probe.ts', `import * as leads from '@chainboard/web-leads';\nexport const x = leads;\n`] as const;
    expect(await violations(...probe)).toHaveLength(1);
    expect(await violations(...probe, withoutCycle(['web-ui', 'web-leads']))).toEqual([
      expect.stringContaining('A project tagged with "type:ui" can only depend on libs tagged with'),
    ]);
  });

  it('refuses data access and features in a utility library', async () => {
    expect(await violations('libs/server/core/src/lib/probe.ts', `import { seedsDir } from '@chainboard/server-database';\nexport const x = seedsDir;\n`)).toEqual([
      expect.stringContaining('A project tagged with "type:util" can only depend on libs tagged with'),
    ]);
    const feature = ['libs/server/core/src/lib/probe.ts', `import { UsersService } from '@chainboard/server-users';\nexport const x = UsersService;\n`] as const;
    expect(await violations(...feature)).toHaveLength(1);
    expect(await violations(...feature, withoutCycle(['server-core', 'server-users']))).toEqual([
      expect.stringContaining('A project tagged with "type:util" can only depend on libs tagged with'),
    ]);
  });

  it('allows a feature to build on data access and on another feature, and the ui library on the GraphQL client', async () => {
    expect(await violations('libs/server/leads/src/lib/probe.ts', `import { readSeedFile } from '@chainboard/server-database';\nexport const x = readSeedFile;\n`)).toEqual([]);
    expect(await violations('libs/server/companies/src/lib/probe.ts', `import { ChainsService } from '@chainboard/server-chains';\nexport const x = ChainsService;\n`)).toEqual([]);
    expect(await violations('libs/web/ui/src/lib/probe.ts', `import { ApiError } from '@chainboard/web-graphql';\nexport const x = ApiError;\n`)).toEqual([]);
  });

  it('knows every project: each carries one scope: and one type: tag that a constraint names', () => {
    const constraints: Array<{ sourceTag: string }> = config
      .map((entry: any) => entry.rules?.['@nx/enforce-module-boundaries'])
      .find(Boolean)[1].depConstraints;
    const known = new Set(constraints.map((c) => c.sourceTag));
    const untagged = ['apps', 'libs', 'tools']
      .flatMap((dir) => projectFiles(join(root, dir)))
      .map((file) => ({ project: relative(root, file), tags: (JSON.parse(readFileSync(file, 'utf8')).tags ?? []) as string[] }))
      .filter(({ tags }) => {
        const scopes = tags.filter((t) => t.startsWith('scope:'));
        const types = tags.filter((t) => t.startsWith('type:'));
        return scopes.length !== 1 || types.length !== 1 || ![...scopes, ...types].every((t) => known.has(t));
      });
    expect(untagged).toEqual([]);
  });
});
