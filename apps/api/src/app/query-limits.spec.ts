import { readFileSync } from 'fs';
import { join } from 'path';
import { buildSchema, DocumentNode, GraphQLError, parse, print, specifiedRules, validate } from 'graphql';
import { AppError, QUERY_LIMITS, queryLimits } from '@chainboard/server-core';
import { workspaceRoot } from '@chainboard/server-database';
import { SCHEMA_FILE } from './schema';

const schema = buildSchema(readFileSync(join(workspaceRoot(), SCHEMA_FILE), 'utf8'));

/** Every document the web sends: the typed document strings codegen writes into the web's GraphQL library. */
function webDocuments(): Array<[string, DocumentNode]> {
  const source = readFileSync(join(workspaceRoot(), 'libs/web/graphql/src/gql/graphql.ts'), 'utf8');
  return [...source.matchAll(/^export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/gm)].map((m) => [m[1], parse(m[2])]);
}

function check(document: DocumentNode): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...queryLimits().validationRules]);
}

/** The message key of each refusal (AppError reported by the limits), or the plain message of any other error. */
const refusals = (document: DocumentNode) => check(document).map((e) => (e instanceof AppError ? e.messageKey : e.message));

describe('query limits', () => {
  const documents = webDocuments();

  it('find the web’s documents', () => {
    expect(documents.length).toBeGreaterThan(50);
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['ChainMapPage', 'Project', 'SignIn', 'Companies']));
  });

  it.each(documents)('let the web’s %s through', (_name, document) => {
    // Only the limits' refusals: whether a document matches the schema is the codegen check's business.
    expect(check(document).filter((e) => e instanceof AppError)).toEqual([]);
  });

  it('refuse a query nested deeper than the depth limit, naming the limit', () => {
    // company → leads → company → … → id: `levels` fields deep.
    const nested = (levels: number) => {
      const path = Array.from({ length: levels - 2 }, (_, i) => (i % 2 ? 'company' : 'leads'));
      return parse(`query($id: ID!) { company(id: $id) { ${path.reduceRight((inner, field) => `${field} { ${inner} }`, 'id')} } }`);
    };
    expect(refusals(nested(QUERY_LIMITS.depth))).toEqual([]);
    const errors = check(nested(QUERY_LIMITS.depth + 1));
    expect(errors.map((e) => (e instanceof AppError ? e.messageKey : e.message))).toEqual(['request.limit.depth']);
    const refusal = errors[0] as AppError;
    expect(refusal.params).toEqual({ max: QUERY_LIMITS.depth });
    expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth', found: QUERY_LIMITS.depth + 1 });
  });

  it('refuse more aliases than the limit', () => {
    const aliases = (n: number) => parse(`query { ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(refusals(aliases(QUERY_LIMITS.aliases))).toEqual([]);
    expect(refusals(aliases(QUERY_LIMITS.aliases + 1))).toEqual(['request.limit.aliases']);
  });

  it('refuse more directives than the limit', () => {
    const directives = (n: number) => parse(`query { me { id ${'__typename @include(if: true) '.repeat(n)} } }`);
    expect(refusals(directives(QUERY_LIMITS.directives))).toEqual([]);
    expect(refusals(directives(QUERY_LIMITS.directives + 1))).toEqual(['request.limit.directives']);
  });

  it('refuse a query costlier than the limit though within depth and aliases', () => {
    // The web's project page asked for once, and as many times over as the alias limit allows (its records' lists are
    // read by documents of their own, so a few copies no longer reach the cost limit).
    const [, document] = documents.find(([name]) => name === 'Project') ?? [];
    if (!document) throw new Error('the web has no Project document');
    const project = print(document);
    const fragments = project.slice(project.indexOf('fragment '));
    const times = (n: number) =>
      parse(`query($id: ID!) { ${Array.from({ length: n }, (_, i) => `p${i}: project(id: $id) { ...ProjectDetailFields }`).join(' ')} }\n${fragments}`);
    expect(refusals(times(1))).toEqual([]);
    expect(refusals(times(QUERY_LIMITS.aliases))).toEqual(['request.limit.cost']);
  });
});
