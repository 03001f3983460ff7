import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';

/** The folder holding the repository (found by nx.json), or CHAINBOARD_HOME when set (e.g. in a container). */
export function workspaceRoot(): string {
  if (process.env['CHAINBOARD_HOME']) return resolve(process.env['CHAINBOARD_HOME']);
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function seedsDir(): string {
  return process.env['SEEDS_DIR'] ? resolve(process.env['SEEDS_DIR']) : join(workspaceRoot(), 'seeds');
}

/** Where the embedded database keeps its files (ignored by git). */
export function embeddedDataDir(): string {
  return process.env['EMBEDDED_DB_DIR'] ? resolve(process.env['EMBEDDED_DB_DIR']) : join(workspaceRoot(), '.data', 'pglite');
}
