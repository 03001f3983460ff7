import { ESLint } from 'eslint';
import { join } from 'path';

/** The module boundaries of the workspace: web never imports server code; the domain library imports neither. */
describe('module boundaries', () => {
  // The workspace's own configuration, passed in directly (Jest cannot load config files by dynamic import).
  // eslint-disable-next-line @nx/enforce-module-boundaries
  const eslint = new ESLint({ cwd: join(__dirname, '..'), overrideConfigFile: true, overrideConfig: require('../eslint.config.js') });

  async function violations(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(__dirname, '..', file) });
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
});
