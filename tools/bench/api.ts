// What the HTTP benchmarks share: the API started in its own process, one GraphQL POST, and the documents the web sends.
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { Agent, request } from 'http';
import { AddressInfo, createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { DefinitionNode, Kind, parse, print, visit } from 'graphql';

const START_TIMEOUT_MS = 180_000;

/** The document the web sends for one of its operations, with the fragments it spreads (from libs/web). */
export function webDocument(root: string, operationName: string): string {
  const definitions = new Map<string, DefinitionNode>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === 'gql' || e.name === 'node_modules' ? [] : walk(join(dir, e.name))) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  for (const file of walk(join(root, 'libs', 'web'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      for (const d of parse(m[1]).definitions) if ('name' in d && d.name) definitions.set(d.name.value, d);
    }
  }
  const operation = definitions.get(operationName);
  if (!operation) throw new Error(`no web operation named ${operationName}`);
  const fragments = new Map<string, DefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = definitions.get(spread.name.value);
        if (!fragment || fragment.kind !== Kind.FRAGMENT_DEFINITION || fragments.has(spread.name.value)) return;
        fragments.set(spread.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...fragments.values()].map((d) => print(d)).join('\n\n');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** One GraphQL POST; resolves with the status and body. */
export function post(agent: Agent, port: number, body: string, token?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface Api {
  port: number;
  /** The API process's id (to read its memory, for instance). */
  pid: number;
  /** Milliseconds from spawning the process to its first answer to `{ __typename }`. */
  startMs: number;
  /** SQL statements the API's pg clients have sent since it started (with `countStatements` only). */
  statements(): Promise<number>;
  /** The count and the last few hundred statements sent (their first 200 characters; with `countStatements` only). */
  recentStatements(): Promise<{ count: number; recent: string[] }>;
  stop(): Promise<void>;
}

/** Whether the benchmarks run the API from source (BENCH_API_FROM_SOURCE=1) instead of the build. */
export const apiFromSource = () => process.env['BENCH_API_FROM_SOURCE'] === '1';

/** How the benchmarks started the API, for their reports. */
export const apiDescription = () =>
  apiFromSource()
    ? 'the API from source (ts-node, transpile only, as `npm run dev:api` runs it; its memory includes the compiler)'
    : 'the built API (`npm run build` output, `node dist/apps/api/apps/api/src/main.js`, as `npm start` runs it)';

/** The built API's entry point in the checkout at `root`. */
export const builtApiMain = (root: string) => join(root, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

/** The newest modification time of the TypeScript sources the API is built from (apps/api/src, libs/server, libs/domain). */
function newestSource(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(join(dir, e.name));
      } else if (/\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name)) newest = Math.max(newest, statSync(join(dir, e.name)).mtimeMs);
    }
  };
  for (const dir of ['apps/api/src', 'libs/server', 'libs/domain/src']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return newest;
}

const built = new Set<string>();

/**
 * Builds the API of the checkout at `root` (`nx run api:build`) unless its build is there and newer than every source
 * it is made from; once per checkout and process. BENCH_API_BUILD=0 takes the build as it is.
 */
export function ensureApiBuilt(root: string): void {
  if (apiFromSource() || built.has(root)) return;
  const main = builtApiMain(root);
  const fresh = existsSync(main) && statSync(main).mtimeMs >= newestSource(root);
  if (!fresh && process.env['BENCH_API_BUILD'] !== '0') {
    console.log(`building the API of ${root} (nx run api:build) …`);
    execFileSync('npx', ['nx', 'run', 'api:build', '--outputStyle=stream'], { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(main)) throw new Error(`no built API at ${main}: run npm run build`);
  built.add(root);
}

export interface StartOptions {
  /** Count the SQL statements the API sends (tools/bench/statement-counter.js preloaded), read with `statements()`. */
  countStatements?: boolean;
}

/**
 * Starts the API of the checkout at `root` on a database, in its own process: the build (`npm run build` output, built
 * first when missing or older than its sources), or from source as `npm run dev:api` does with BENCH_API_FROM_SOURCE=1.
 * `env` adds to or overrides its settings (e.g. SEED_ON_START=false for a database the benchmark has filled).
 * BENCH_API_NODE_ARGS passes options to its node, e.g. `--cpu-prof --cpu-prof-dir=tmp/profiles` to profile the API.
 */
export async function startApi(root: string, database: { DATABASE_URL?: string; EMBEDDED_DB_DIR?: string }, env: Record<string, string> = {}, options: StartOptions = {}): Promise<Api> {
  ensureApiBuilt(root);
  const port = await freePort();
  const statementsPort = options.countStatements ? await freePort() : 0;
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  if (options.countStatements) nodeArgs.push('-r', join(__dirname, 'statement-counter.js'));
  const entry = apiFromSource() ? ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'] : [builtApiMain(root)];
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: root,
    env: {
      ...process.env,
      TS_NODE_PROJECT: 'apps/api/tsconfig.spec.json',
      TS_NODE_TRANSPILE_ONLY: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: 'bench-only-secret',
      SIGN_IN_LIMIT: '1000',
      LOG_LEVEL: 'warn',
      WEB_ROOT: join(tmpdir(), 'chainboard-bench-no-web'),
      DATABASE_URL: database.DATABASE_URL ?? '',
      EMBEDDED_DB_DIR: database.EMBEDDED_DB_DIR ?? '',
      ...(statementsPort ? { BENCH_STATEMENTS_PORT: String(statementsPort) } : {}),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const agent = new Agent({ keepAlive: false });
  const until = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API at ${root} stopped while starting:\n${stderr}`);
    const up = await post(agent, port, JSON.stringify({ query: '{ __typename }' })).then((r) => r.status === 200, () => false);
    if (up) break;
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the API at ${root} did not start:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startMs = performance.now() - started;
  agent.destroy();
  return {
    port,
    pid: child.pid ?? 0,
    startMs,
    async statements() {
      if (!statementsPort) throw new Error('the API was started without countStatements');
      const res = await fetch(`http://127.0.0.1:${statementsPort}/`);
      return Number(await res.text());
    },
    async recentStatements() {
      if (!statementsPort) throw new Error('the API was started without countStatements');
      return (await (await fetch(`http://127.0.0.1:${statementsPort}/recent`)).json()) as { count: number; recent: string[] };
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Signs in over HTTP and answers the token. */
export async function signIn(port: number, username: string, password = process.env['SEED_PASSWORD'] ?? 'Chainboard@2025'): Promise<string> {
  const agent = new Agent({ keepAlive: false });
  try {
    const res = await post(agent, port, JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', variables: { i: { username, password } } }));
    const token = JSON.parse(res.body)?.data?.signIn?.token;
    if (!token) throw new Error(`sign-in of ${username} failed: ${res.body.slice(0, 300)}`);
    return token;
  } finally {
    agent.destroy();
  }
}
