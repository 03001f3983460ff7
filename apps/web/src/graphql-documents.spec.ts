import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformSync } from '@babel/core';
import { generatedDocuments, inlineGraphqlDocuments } from '../graphql-documents';

const generatedFile = resolve(__dirname, '../../../libs/web/graphql/src/gql/graphql.ts');

function build(source: string): string {
  const plugin = inlineGraphqlDocuments({ generatedFile });
  return transformSync(source, { filename: 'documents.ts', babelrc: false, configFile: false, plugins: [plugin] })?.code ?? '';
}

describe('inlineGraphqlDocuments', () => {
  it("replaces a graphql() call by its generated document's text, with the fragments it spreads", () => {
    const code = build(`import { graphql } from '@chainboard/web-graphql';
export const meQuery = graphql(\`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
\`);`);
    expect(code).not.toContain('graphql(');
    const text = /export const meQuery = "([^]*)";/.exec(code)?.[1] ?? '';
    expect(text).toContain('query Me {');
    expect(text).toContain('fragment CurrentUserFields on User');
    // The same text codegen generated for MeDocument, which the app's types describe.
    expect(JSON.parse(`"${text}"`)).toBe(generatedDocuments(readFileSync(generatedFile, 'utf8')).get('MeDocument'));
  });

  it('fails the build for a document codegen has not generated', () => {
    expect(() => build("const q = graphql(`query NotGeneratedYet { me { id } }`);")).toThrow(/NotGeneratedYetDocument .*npm run codegen/);
  });
});

describe('generatedDocuments', () => {
  it('reads each generated document, undoing the escapes of its template literal', () => {
    const source = [
      'export const ADocument = new TypedDocumentString(`',
      '    query A { a(text: "\\`x\\` costs \\${1}") }',
      '    `) as unknown as TypedDocumentString<AQuery, AQueryVariables>;',
      'export const BFragmentDoc = new TypedDocumentString(`fragment B on User { id }`, {"fragmentName":"B"}) as unknown as TypedDocumentString<BFragment, unknown>;',
    ].join('\n');
    const documents = generatedDocuments(source);
    expect([...documents.keys()]).toEqual(['ADocument', 'BFragmentDoc']);
    expect(documents.get('ADocument')).toContain('a(text: "`x` costs ${1}")');
    expect(documents.get('BFragmentDoc')).toBe('fragment B on User { id }');
  });
});
