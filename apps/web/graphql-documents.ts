import { readFileSync, statSync } from 'node:fs';
import type { PluginObj, types as BabelTypes } from '@babel/core';
import { ClientSideBaseVisitor } from '@graphql-codegen/visitor-plugin-common';
import { buildSchema, parse } from 'graphql';

/**
 * Build step for the web's GraphQL documents: each `graphql(`…`)` call is replaced by the text of its generated
 * document (the operation with the fragments it spreads, as codegen's client preset prints it in string mode), so a
 * document travels inside the chunk of the code that uses it.
 *
 * The preset's own babel plugin turns each call into an import from the generated graphql.ts instead; that file is one
 * module, which a bundler places in one chunk, so every page's documents landed in the entry chunk with the shell's.
 * Types are unchanged: TypeScript still reads graphql()'s typed overloads; only the emitted code differs.
 */

/** A generated document: `export const MeDocument = new TypedDocumentString(`…`) as unknown as …`. */
const GENERATED = /^export const (\w+) = new TypedDocumentString\(`((?:[^`\\]|\\.)*)`(?:, \{[^\n]*\})?\) as unknown as /gm;

/** The documents codegen wrote to graphql.ts, by their exported name. */
export function generatedDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, text] of source.matchAll(GENERATED)) documents.set(name, text.replace(/\\([`\\$])/g, '$1'));
  return documents;
}

/** graphql.ts read again whenever codegen rewrote it (the dev server keeps running across `npm run codegen`). */
function documentsReader(file: string): () => Map<string, string> {
  let read: { mtimeMs: number; documents: Map<string, string> } | null = null;
  return () => {
    const { mtimeMs } = statSync(file);
    if (read?.mtimeMs !== mtimeMs) read = { mtimeMs, documents: generatedDocuments(readFileSync(file, 'utf8')) };
    return read.documents;
  };
}

export interface InlineDocumentsOptions {
  /** codegen's generated graphql.ts (string document mode). */
  generatedFile: string;
  /** The name of the document function, `graphql` by the client preset's default. */
  gqlTagName?: string;
}

/** The babel plugin (for @vitejs/plugin-react's babel.plugins). */
export function inlineGraphqlDocuments({ generatedFile, gqlTagName = 'graphql' }: InlineDocumentsOptions) {
  const documents = documentsReader(generatedFile);
  // The preset's naming of documents (MeDocument, AdminUserFieldsFragmentDoc), as its own babel plugin computes it.
  const visitor = new ClientSideBaseVisitor(buildSchema('type Query { _: Int }'), [], {}, {});
  return ({ types: t }: { types: typeof BabelTypes }): PluginObj => ({
    name: 'inline-graphql-documents',
    visitor: {
      CallExpression(path) {
        const { callee, arguments: args } = path.node;
        if (callee.type !== 'Identifier' || callee.name !== gqlTagName) return;
        const [argument] = args;
        if (argument?.type !== 'TemplateLiteral' || argument.quasis.length !== 1) return;
        const [first] = parse(argument.quasis[0].value.raw).definitions;
        if ((first?.kind !== 'OperationDefinition' && first?.kind !== 'FragmentDefinition') || !first.name) return;
        const name = first.kind === 'OperationDefinition' ? visitor.getOperationVariableName(first) : visitor.getFragmentVariableName(first);
        const text = documents().get(name);
        if (text === undefined) throw path.buildCodeFrameError(`${name} is not in ${generatedFile}: run npm run codegen`);
        path.replaceWith(t.stringLiteral(text));
      },
    },
  });
}
