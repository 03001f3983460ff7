import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { workspaceRoot } from '@chainboard/server-database';

const HEADER = `# Benchmarks

Each section is written by its benchmark; npm run bench reruns them all and refreshes the sections. Machines here have 2 cores, and are shared: read medians and the ratios measured within one run.
`;

/** Replaces (or appends) the section of one benchmark in BENCHMARKS.md, between its markers. */
export function writeSection(name: string, body: string): void {
  const file = join(workspaceRoot(), 'BENCHMARKS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const at = text.indexOf(start);
  const next = at >= 0 ? text.slice(0, at) + section + text.slice(text.indexOf(end, at) + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
