import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { ALL_ROLES, OPERATIONS, Role, scopeFor } from '@chainboard/domain';
import { TestApp } from './harness';
import { argsFor, Entry, ENTRIES, Fixture, operationsOf, requestFor, Side } from './operations';

/**
 * The permissions table, tried through the API: every Query and Mutation field of the served schema, as a user of
 * each role on a record of a chain of their own and on one of another chain, and signed out. Each operation has an
 * entry in ENTRIES (operations.ts) naming what the table says it needs; an operation with no entry fails the test with its name, so a new
 * operation is covered when it is added.
 *
 * What it proves: where the table gives the role no grant of the permission, or an `own` grant and the record is on
 * another chain, the answer is FORBIDDEN (UNAUTHENTICATED when signed out). Everywhere else the request got past every
 * permission check: the answer is anything but FORBIDDEN, UNAUTHENTICATED or INTERNAL. A refusal of the arguments
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT …) counts as allowed: it comes after the guard, and the arguments are those of
 * real records, valid enough to reach the chain checks of the services.
 */

type Expected = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** What the permissions table says a role gets for the operation on a record of its own or another chain. */
function expected(entry: Entry, role: Role | null, side: Side): Expected {
  if (entry.access === 'public') return 'allowed';
  if (role === null) return 'UNAUTHENTICATED';
  if (entry.access === 'signedIn') return 'allowed';
  const scopes = (Array.isArray(entry.access) ? entry.access : [entry.access]).map((operation) => scopeFor(role, operation));
  if (scopes.includes(null)) return 'FORBIDDEN';
  if (scopes.includes('own') && entry.chain && side === 'other') return 'FORBIDDEN';
  return 'allowed';
}

function outcome(res: { status: number; errors?: Array<{ path?: unknown; extensions?: Record<string, any> }> }): string {
  const error = res.errors?.[0];
  const code = error?.extensions?.['code'];
  // A request the schema refuses never reaches the guard: it proves nothing, so the entry's arguments are wrong.
  if (error && !error.path) return `not run (${code})`;
  if (res.status >= 500 || code === 'INTERNAL' || code === 'INTERNAL_SERVER_ERROR') return `INTERNAL (${res.status})`;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return code;
  return 'allowed';
}

describe('the permissions table, through every GraphQL operation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let f: Fixture;
  const tokens = new Map<Role, string>();
  const users = new Map<Role, string>();
  const passwords = new Map<Role, string>();

  beforeAll(async () => {
    t = await TestApp.start();
    schema = t.app.get(GraphQLSchemaHost).schema;
    const admin = await t.signIn('admin');
    const { chains } = await t.as(admin, '{ chains { id leader { id } leadDepartment { id } } }');
    f = new Fixture(t, admin);
    await f.build(chains.map((c: any) => ({ id: c.id, leaderId: c.leader.id, leadDepartmentId: c.leadDepartment.id })));
    // One user per role, assigned to the own chain (no department, leading none): their `own` grants reach it alone.
    for (const role of ALL_ROLES) {
      const username = `pm.${role.toLowerCase().replace(/_/g, '-')}`;
      const password = `Matrix-${role.toLowerCase()}-2025`;
      await t.as(admin, 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }', {
        i: { username, displayName: `矩阵${role}`, roles: [role], chainIds: [f.chainId('own')], password: `Temp-${password}` },
      });
      const first = await t.signIn(username, `Temp-${password}`);
      const changed = await t.as(first, 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }', { i: { currentPassword: `Temp-${password}`, newPassword: password } });
      tokens.set(role, changed.changePassword.token);
      users.set(role, username);
      passwords.set(role, password);
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('has an entry for every operation of the schema, and none for an operation it does not have', () => {
    const names = operationsOf(schema).map((o) => o.field.name);
    expect(names.filter((n) => !(n in ENTRIES))).toEqual([]);
    expect(Object.keys(ENTRIES).filter((n) => !names.includes(n))).toEqual([]);
    // Every permission an entry names is one of the table's.
    const known: string[] = ['public', 'signedIn', ...OPERATIONS];
    expect(Object.values(ENTRIES).flatMap((e) => (Array.isArray(e.access) ? e.access : [e.access])).filter((a) => !known.includes(a))).toEqual([]);
  });

  it.each(Object.keys(ENTRIES))('%s: as every role (on its own chain and another), and signed out, as the table says', async (name) => {
    const entry = ENTRIES[name];
    const operation = operationsOf(schema).find((o) => o.field.name === name);
    if (!operation) throw new Error(`${name} is not an operation of the schema`);
    const cases: Array<{ role: Role | null; side: Side; expect: Expected }> = [
      { role: null, side: 'own', expect: expected(entry, null, 'own') },
      // An operation on no chain's records has no other chain to try: its own-chain call stands for both.
      ...ALL_ROLES.flatMap((role) => (entry.chain ? (['own', 'other'] as const) : (['own'] as const)).map((side) => ({ role, side, expect: expected(entry, role, side) }))),
    ];
    const wrong: string[] = [];
    const run = async (c: (typeof cases)[number]) => {
      const args = await argsFor(entry, operation.field, f, c.side);
      let token = c.role ? tokens.get(c.role) : undefined;
      if (c.role && entry.ownSession) token = await t.signIn(`${users.get(c.role)}`, passwords.get(c.role));
      return { c, res: await t.gql(requestFor(operation.kind, operation.field, args), args, { token }) };
    };
    // Refusals first, side by side (a refused call changes nothing), while the shared records are as the fixture made
    // them; then the allowed calls one after another, since they may change those records.
    const refusals = await Promise.all(cases.filter((c) => c.expect !== 'allowed').map(run));
    const allowed: Array<Awaited<ReturnType<typeof run>>> = [];
    for (const c of cases.filter((c) => c.expect === 'allowed')) allowed.push(await run(c));
    for (const { c, res } of [...refusals, ...allowed]) {
      const got = outcome(res);
      if (got !== c.expect) wrong.push(`${c.role ?? 'signed out'} on the ${c.side} chain: expected ${c.expect}, got ${got}: ${JSON.stringify(res.errors?.[0] ?? null)}`);
    }
    expect(wrong).toEqual([]);
  });
});
