import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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

/** The API in development, started separately on port 3000. */
const api = 'http://127.0.0.1:3000';
const proxy = {
  '/graphql': { target: api, changeOrigin: true },
  '/health': { target: api, changeOrigin: true },
};

export default defineConfig({
  root: appRoot,
  plugins: [react()],
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
    // react-dom and antd's core make the entry chunk ~1 MB (~330 kB gzipped), plus ~140 kB for codegen's map of every
    // GraphQL document; the pages are split off. (codegen's babel/SWC plugin would move the documents into their pages.)
    chunkSizeWarningLimit: 1200,
  },
});
