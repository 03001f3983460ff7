import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { resources } from '@chainboard/web-ui';
import { WORK_SECTIONS } from './lib/work';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const zh = flatten(resources['zh-CN'].translation as Tree);
const en = flatten(resources.en.translation as Tree);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the texts of the leads library', () => {
  it.each(sources(__dirname).map((file) => [relative(__dirname, file), file]))('%s uses only keys both languages have', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const keys = [...code.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]);
    expect(keys.filter((key) => !(key in zh) || !(key in en))).toEqual([]);
  });

  it('name every "My work" section, search kind and move problem', () => {
    const keys = [
      ...WORK_SECTIONS.flatMap((s) => [`crm.work.sections.${s}`, `crm.work.empty.${s}`]),
      ...['COMPANY', 'LEAD', 'CONTACT'].map((k) => `crm.search.kinds.${k}`),
      ...['notAllowed', 'reasonRequired'].map((p) => `crm.lead.moveProblem.${p}`),
      ...['notDecimal', 'negative'].map((p) => `crm.lead.investmentProblem.${p}`),
    ];
    expect(keys.filter((key) => !(key in zh) || !(key in en))).toEqual([]);
  });
});
