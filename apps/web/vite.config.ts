import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineGraphqlDocuments } from './graphql-documents';

const appRoot = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(appRoot, '../..');

/** The @chainboard/* import paths of tsconfig.base.json, as Vite aliases (one source of truth for both). */
function workspaceAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [alias, resolve(workspaceRoot, target)]),
  );
}

/**
 * The workspace libraries (libs/web/*, libs/domain) are imported by path alias, not as packages, so no package.json
 * says "sideEffects": false for them. They are free of side effects in that sense: a module runs only for what is
 * imported from it (a feature's i18n module registers its texts when its namespace is imported, as every component
 * that reads them does). Without this, a barrel's re-exports (hooks, texts, the domain's message tables) were kept in
 * the entry chunk because their modules run code at load, although the first page uses none of it.
 */
const SIDE_EFFECT_FREE_SOURCE = /[\\/]libs[\\/](web[\\/][^\\/]+|domain)[\\/]src[\\/](?!test[\\/]).*\.tsx?$/;

/** The API in development, started separately on port 3000. */
const api = 'http://127.0.0.1:3000';
const proxy = {
  '/graphql': { target: api, changeOrigin: true },
  '/health': { target: api, changeOrigin: true },
};

export default defineConfig({
  root: appRoot,
  plugins: [
    react({
      babel: {
        // Each graphql(`…`) call becomes the text of its generated document, so a page's documents travel with the page
        // (in its lazily loaded chunk) instead of the entry chunk carrying the one module that holds them all.
        plugins: [inlineGraphqlDocuments({ generatedFile: resolve(workspaceRoot, 'libs/web/graphql/src/gql/graphql.ts') })],
      },
    }),
  ],
  resolve: { alias: workspaceAliases() },
  server: {
    port: 4200,
    strictPort: true,
    proxy,
  },
  preview: { port: 4300, proxy },
  build: {
    outDir: '../../dist/apps/web', // relative to root (apps/web)
    emptyOutDir: true,
    sourcemap: true,
    // react-dom, antd's core and the pages routed without lazy loading make the entry chunk ~1.1 MB (~320 kB gzipped);
    // the chain map (Cytoscape) is split off.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // A package's own sideEffects field still decides for its files (Vite passes it on when it resolves them).
      treeshake: { moduleSideEffects: (id: string) => !SIDE_EFFECT_FREE_SOURCE.test(id) },
    },
  },
});
