import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { getNamedType, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { TestApp } from './harness';
import { argsFor, ENTRIES, Fixture, operationsOf, requestFor, Vars } from './operations';

/**
 * Bad input to every mutation of the served schema, generated from its argument types: wrong types, empty and blank
 * strings, 10,000-character strings, control characters, SQL and script fragments, malformed and unknown ids, huge,
 * negative and fractional numbers, dates that do not exist or are out of range, unknown enum values. Each case takes
 * an entry's valid arguments (operations.ts) and spoils one argument or input field, so the bad value reaches the
 * validation of that field and not only the first check. Run as the admin, so that no permission hides it.
 *
 * Every answer is a typed error (a code, never INTERNAL, never a 5xx, no stack trace or SQL) or, for a value some
 * fields may take (a blank optional text, a script fragment in a free text, a negative amount where one is allowed),
 * a success. After a refusal the database is exactly as before: every row of every table the app keeps (a digest of
 * all rows; the sessions and sign-in bookkeeping aside). A value no field may take must be refused.
 */

const NUM_RUNS = Number(process.env['FUZZ_RUNS'] ?? 8);

/** Tables that record the requests themselves rather than what they change: left out of the digest. The data version
 * counts statements that wrote, even one that changed no row (a refused delete of a missing row): no data changed. */
const BOOKKEEPING = /^(user_session|sign_in_.*|audit.*|typeorm_metadata|migrations|data_version.*)$/;

/** A spoiled value, and whether every field of its type must refuse it (`always`) or some may take it (`maybe`). */
interface Bad {
  value: unknown;
  always: boolean;
}

const always = (value: unknown): Bad => ({ value, always: true });
const maybe = (value: unknown): Bad => ({ value, always: false });

const LONG = 'a'.repeat(10_001);
const SQL = "'; DROP TABLE company; --";
const SCRIPT = '<script>alert(1)</script>';

/** Text that fields may hold or refuse: never a 500. */
const oddText = fc.constantFrom(maybe(''), maybe('   '), maybe(SQL), maybe(SCRIPT), maybe('\uFEFF零宽\u200B'), maybe('第一行\n\t第二行'), maybe('链'.repeat(300)));
/** Text no field takes: over-long, or holding a control character (PostgreSQL cannot even store a NUL). */
const badText = fc.constantFrom(always(LONG), always('企业\u0000名称'), always('\u0007\u001b[31m响铃\u001b[0m'), always('删除\u007f'));
/** Values of another GraphQL type than the field's. */
const wrongType = fc.constantFrom(always({ nested: true }), always([[1]]), always(true));

function badValues(type: GraphQLInputType): fc.Arbitrary<Bad> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    // A list holding a spoiled item, or something else than a list.
    return fc.oneof(badValues(inner.ofType).map((b) => ({ value: [b.value], always: b.always })), fc.constant(always({ not: 'a list' })));
  }
  if (isInputObjectType(inner)) return fc.constantFrom(always('not an object'), always(42), always([]));
  if (isEnumType(inner)) return fc.oneof(fc.constantFrom(always('NOT_A_VALUE'), always(SQL), always(''), always(7)), wrongType);
  switch (getNamedType(inner).name) {
    case 'ID':
      return fc.oneof(
        fc.constantFrom(always('not-an-id'), always(SQL), always(SCRIPT), always(''), always('00000000-0000-4000-8000-00000000000g'), always(LONG)),
        // A well-formed id of nothing: refused where it names the record to change, found nothing where it filters.
        fc.uuid({ version: 4 }).map(maybe),
        fc.constantFrom(always(1.5), always({ id: 1 })),
      );
    case 'String':
      return fc.oneof(oddText, badText, wrongType, fc.constantFrom(always(12)));
    case 'Int':
      return fc.oneof(
        fc.constantFrom(always(2 ** 31), always(-(2 ** 31) - 1), always(1e20), always(1.5), always('12'), always(true)),
        fc.integer({ min: -2_000_000_000, max: -1 }).map(maybe),
        fc.constantFrom(maybe(0), maybe(2 ** 31 - 1)),
      );
    case 'Float':
      return fc.oneof(fc.constantFrom(always('1'), always(true), always({ n: 1 })), fc.constantFrom(maybe(-1), maybe(1e308), maybe(-1e308), maybe(0)));
    case 'Decimal':
      return fc.oneof(
        fc.constantFrom(always('NaN'), always('Infinity'), always('-Infinity'), always('1e999'), always('1.2.3'), always('十亿'), always(SQL), always(LONG), always(true)),
        fc.constantFrom(maybe('-1'), maybe('0'), maybe(''), maybe('99999999999999999999999999999.123456'), maybe('0.0000000001'), maybe(1.5)),
      );
    case 'LocalDate':
      return fc.oneof(
        fc.constantFrom(always('0000-13-45'), always('99999-01-01'), always('2025-02-30'), always('2025-1-5'), always('yesterday'), always(SQL), always(''), always(20250101)),
        fc.constantFrom(maybe('0001-01-01'), maybe('9999-12-31'), maybe('1900-02-28')),
      );
    case 'Boolean':
      return fc.constantFrom(always('true'), always(1), always('是'));
    case 'JSON':
      return fc.constantFrom(maybe(LONG), maybe({ a: { b: { c: { d: [SQL, SCRIPT] } } } }), maybe(null), maybe([1, 2, 3]));
    default:
      return wrongType;
  }
}

/** Where a value can be spoiled: each argument, and each field of an input argument (one level down). */
interface Slot {
  path: string[];
  type: GraphQLInputType;
}

function slotsOf(args: ReadonlyArray<{ name: string; type: GraphQLInputType }>): Slot[] {
  const slots: Slot[] = [];
  for (const arg of args) {
    slots.push({ path: [arg.name], type: arg.type });
    const named = getNamedType(arg.type);
    if (isInputObjectType(named) && !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) {
      for (const field of Object.values(named.getFields())) slots.push({ path: [arg.name, field.name], type: field.type });
    }
  }
  return slots;
}

function spoil(args: Vars, path: string[], value: unknown): Vars {
  const copy: Vars = structuredClone(args);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]] = value;
  return copy;
}

describe('generated bad input to every mutation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let f: Fixture;
  let admin: string;
  let digestSql: string;

  /** A digest of every row of every table the app keeps (bookkeeping aside): row counts and a hash of all rows, per table. */
  const digest = async (): Promise<string> => JSON.stringify(await t.db.query(digestSql));

  beforeAll(async () => {
    t = await TestApp.start();
    schema = t.app.get(GraphQLSchemaHost).schema;
    admin = await t.signIn('admin');
    const { chains } = await t.as(admin, '{ chains { id leader { id } leadDepartment { id } } }');
    f = new Fixture(t, admin);
    await f.build(chains.map((c: any) => ({ id: c.id, leaderId: c.leader.id, leadDepartmentId: c.leadDepartment.id })));
    const tables: Array<{ name: string }> = await t.db.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    digestSql = tables
      .filter((r) => !BOOKKEEPING.test(r.name))
      .map((r) => `SELECT '${r.name}' AS t, count(*)::int AS n, coalesce(sum(hashtext(x::text)), 0)::text AS h FROM "${r.name}" x`)
      .join(' UNION ALL ');
  }, 120_000);
  afterAll(() => t?.close());

  const mutations = () => operationsOf(schema).filter((o) => o.kind === 'mutation');

  it('has valid arguments for every mutation (an entry in operations.ts), so that each spoiled field is the only fault', () => {
    expect(mutations().map((m) => m.field.name).filter((n) => !(n in ENTRIES))).toEqual([]);
  });

  it('answers every spoiled argument of every mutation with a typed error (or takes a value its field allows), never a 500, changing nothing when it refuses', async () => {
    const problems: string[] = [];
    let cases = 0;
    for (const { kind, field } of mutations()) {
      // Without arguments (signing out) there is nothing to spoil.
      if (!field.args.length || !(field.name in ENTRIES)) continue;
      const base = await argsFor(ENTRIES[field.name], field, f, 'own');
      const slots = slotsOf(field.args);
      const slotAndValue = fc.constantFrom(...slots).chain((slot) => badValues(slot.type).map((bad) => ({ slot, bad })));
      let before = await digest();
      await fc.assert(
        fc.asyncProperty(slotAndValue, async ({ slot, bad }) => {
          cases++;
          const args = spoil(base, slot.path, bad.value);
          const res = await t.gql(requestFor(kind, field, args), args, { token: admin });
          const error = res.errors?.[0];
          const code = error?.extensions?.['code'];
          const seen = `${field.name} ${slot.path.join('.')} = ${JSON.stringify(bad.value)?.slice(0, 60)}`;
          if (res.status >= 500 || code === 'INTERNAL' || code === 'INTERNAL_SERVER_ERROR') {
            problems.push(`${seen}: ${res.status} ${JSON.stringify(error)}`);
            return;
          }
          if (error) {
            if (typeof code !== 'string' || !error.message) problems.push(`${seen}: untyped error ${JSON.stringify(error)}`);
            if (/stacktrace|QueryFailedError|\.[jt]s:\d+|\bSELECT\b|\bINSERT\b/.test(JSON.stringify(res.errors))) problems.push(`${seen}: internals in the error ${JSON.stringify(error)}`);
            const after = await digest();
            if (after !== before) problems.push(`${seen}: refused with ${code}, yet the database changed`);
            before = after;
          } else {
            if (bad.always) problems.push(`${seen}: taken, though no field may take it`);
            before = await digest();
          }
        }),
        { numRuns: NUM_RUNS },
      );
    }
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(mutations().length * (NUM_RUNS - 1));
  }, 300_000);
});
