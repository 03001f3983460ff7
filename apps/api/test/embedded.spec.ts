import { ChildProcess, spawn } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEMO_PASSWORD, workspaceRoot } from '@chainboard/server-database';

/**
 * Smoke test of the app as `npm start` runs it: the built API with DATABASE_URL unset, on the embedded
 * PostgreSQL, seeded on first start; what is written survives a restart.
 */
const MAIN = join(workspaceRoot(), 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the app on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chainboard-embedded-'));
  let port: number;
  let child: ChildProcess | undefined;
  let output = '';

  async function start(): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DB_DIR: join(dataDir, 'pglite'), PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'test' };
    delete env['DATABASE_URL'];
    child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the app did not become healthy:\n${output}`);
  }

  async function stop(): Promise<void> {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`build the API first (npm run build): ${MAIN} is missing`);
    port = await freePort();
  });
  afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts seeded, and keeps what was written across a restart', async () => {
    await start();
    const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as any;
    expect(health.details.database.status).toBe('up');

    const signIn = `mutation($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { token } }`;
    let token = (await gql(signIn, { u: 'leader.electronic-information', p: DEMO_PASSWORD })).signIn.token;
    const { chains } = await gql('{ chains { id name workPlan { tasks { id title status } } } }', {}, token);
    expect(chains.map((c: any) => c.name)).toEqual(['高端新材料', '电子信息', '健康+', '时尚+']);
    const chain = chains.find((c: any) => c.name === '电子信息');
    const task = chain.workPlan.tasks.find((x: any) => x.status !== 'DONE');
    await gql(`mutation($id: ID!) { updateWorkPlanTask(input: { taskId: $id, status: DONE }) { id } }`, { id: task.id }, token);

    await stop();
    await start();

    token = (await gql(signIn, { u: 'leader.electronic-information', p: DEMO_PASSWORD })).signIn.token;
    const again = await gql('query($id: ID!) { chain(id: $id) { workPlan { tasks { id status } } } }', { id: chain.id }, token);
    expect(again.chain.workPlan.tasks.find((x: any) => x.id === task.id).status).toBe('DONE');
    const after = await gql('{ chains { id } }', {}, token);
    expect(after.chains).toHaveLength(4);
  }, 240_000);
});
