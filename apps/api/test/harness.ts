import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createTestDatabase, DEMO_PASSWORD, TestDatabase } from '@chainboard/server-database';
import { createApp } from '../src/app/create-app';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

export interface GqlOptions {
  token?: string;
  lang?: 'zh-CN' | 'en';
  /** Sends `Cache-Control: no-cache`: a cached read is computed, not answered from memory. */
  fresh?: boolean;
}

/** The whole API booted on a fresh database of the real PostgreSQL server, seeded, driven through GraphQL. */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly database: TestDatabase,
  ) {}

  /** `demo`: load the seed's demo data too (default: the plan's facts alone, so that tests start from an empty pipeline). */
  static async start(options: { seed?: boolean; demo?: boolean; signInLimit?: number } = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    try {
      const app = await createApp({
        database: { url: database.url, embedded: false },
        jwtSecret: 'test-only-secret',
        seed: options.seed ?? true,
        seedDemo: options.demo ?? false,
        signInLimit: options.signInLimit ?? 1000,
        logLevel: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      });
      await app.init();
      return new TestApp(app, database);
    } catch (e) {
      await database.drop();
      throw e;
    }
  }

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<GqlResult<T>> {
    const req = request(this.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', options.lang ?? 'zh-CN');
    if (options.token) req.set('authorization', `Bearer ${options.token}`);
    if (options.fresh) req.set('cache-control', 'no-cache');
    const res = await req.send({ query, variables });
    return { status: res.status, ...(res.body as object) };
  }

  async signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await this.gql<{ signIn: { token: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { username, password } },
    );
    if (!res.data?.signIn) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.signIn.token;
  }

  /** Runs a query as the user, failing the test on any GraphQL error. */
  async as<T = any>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables, { token });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** Like `as`, computed now: a cached read is not answered from memory (for tests that count what a read costs). */
  async fresh<T = any>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables, { token, fresh: true });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** Counts rows of each table, to show that a refused request changed nothing. */
  async rowCounts(): Promise<Record<string, number>> {
    const tables = ['department', 'app_user', 'industry_chain', 'chain_map', 'chain_segment', 'work_plan', 'work_plan_task', 'policy_set', 'policy', 'chain_target'];
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const [row] = await this.db.query(`SELECT count(*)::int AS n FROM "${t}"`);
      counts[t] = row.n;
    }
    return counts;
  }

  /** A digest of every row that a user can change, to show nothing was half-written. */
  async snapshot(): Promise<string> {
    const parts: unknown[] = [];
    for (const t of ['industry_chain', 'chain_map', 'chain_segment', 'work_plan', 'work_plan_task', 'policy_set', 'policy']) {
      parts.push(await this.db.query(`SELECT * FROM "${t}" ORDER BY id`));
    }
    return JSON.stringify(parts);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}

/** The SQL statements TypeORM sends to PostgreSQL while `run` runs, in order (the app and the test share the process). */
export async function sqlStatements(run: () => Promise<unknown>): Promise<string[]> {
  const original = PostgresQueryRunner.prototype.query;
  const sent: string[] = [];
  PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
    sent.push(args[0]);
    return original.apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    PostgresQueryRunner.prototype.query = original;
  }
  return sent;
}

export const CHAIN_FIELDS = `
  id code name track description
  leader { id username displayName role }
  leadDepartment { id name }
  map { id title nodeCount focusDirections { id name description } }
  workPlan { id title progress { done total percent } tasks { id title status dueDate completedAt ownerDepartment { name } } }
  policySet { id title policies { id title documentNumber issuer summary validFrom validTo isDemo } }
  targets { metric comparator value unit year quote }
`;
