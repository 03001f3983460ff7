import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { HEALTH_LIGHTS, RANKING_PARTS } from '@chainboard/domain';
import { dashboardResources } from './i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const zh = flatten(dashboardResources['zh-CN'] as Tree);
const en = flatten(dashboardResources.en as Tree);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the dashboard pages’ texts', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
  });

  it('names every light, ranking part and ranking kind', () => {
    for (const light of HEALTH_LIGHTS.filter((l) => l !== 'GREEN')) expect(zh[`health.${light}`]).toBeTruthy();
    for (const part of RANKING_PARTS) expect(zh[`ranking.columns.${part}`]).toBeTruthy();
    for (const kind of ['CHAIN', 'DEPARTMENT']) expect(zh[`ranking.kind.${kind}`]).toBeTruthy();
  });

  it('has every literal key the pages ask for', () => {
    const used = sources(join(__dirname, 'lib')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z.]+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !(key in zh))).toEqual([]);
  });
});
