import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web client.
 * Each web feature writes its documents with `graphql()` from @chainboard/web-graphql; this turns them into
 * typed document nodes under libs/web/graphql/src/gql/ (committed). Run: npx graphql-codegen --config codegen.ts
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/**/src/**/*.{ts,tsx}', '!libs/web/graphql/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/graphql/src/gql/': {
      preset: 'client',
      // Fragments are plain types here: components read the fields they are given, no useFragment() unmasking.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { LocalDate: 'string', Decimal: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        // Documents as typed strings (the query text itself), not as parsed syntax trees: the web sends the text as it
        // is, so the graphql package (parse/print) is not needed in the browser, and a document costs its text only.
        documentMode: 'string',
      },
    },
  },
};

export default config;
