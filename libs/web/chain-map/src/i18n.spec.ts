import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import i18next from 'i18next';
import { CompanyRole, LeadStatus, NODE_POSITIONS, NodeStatus, NodeStatusSource, PROJECT_STAGES } from '@chainboard/domain';
import { COLUMNS } from './lib/graph/model';
import { GAP_FILTERS } from './lib/graph/filter';
import { CHAIN_MAP_NS, chainMapResources, registerChainMapI18n } from './i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const zh = flatten(chainMapResources['zh-CN'] as Tree);
const en = flatten(chainMapResources.en as Tree);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('chain-map translations', () => {
  it('have the same keys and placeholders in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) {
      expect({ key, placeholders: placeholders(en[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('name every status and status source, position, column, stage, company role, lead status and gap filter', () => {
    const keys = [
      ...Object.values(NodeStatus).map((v) => `status.${v}`),
      ...Object.values(NodeStatusSource).flatMap((v) => [`statusSource.${v}`, `statusSourceHint.${v}`]),
      ...NODE_POSITIONS.map((v) => `position.${v}`),
      ...COLUMNS.map((v) => `columns.${v}`),
      ...PROJECT_STAGES.map((v) => `stage.${v}`),
      ...Object.values(CompanyRole).map((v) => `role.${v}`),
      ...Object.values(LeadStatus).map((v) => `leadStatus.${v}`),
      ...GAP_FILTERS.map((v) => `filter.${v}`),
    ];
    for (const key of keys) expect({ key, zh: key in zh, en: key in en }).toEqual({ key, zh: true, en: true });
  });

  it("registers its own namespace, Chinese by default", () => {
    const instance = i18next.createInstance();
    void instance.init({ lng: 'zh-CN', fallbackLng: 'zh-CN', resources: {}, initAsync: false, showSupportNotice: false });
    registerChainMapI18n(instance);
    registerChainMapI18n(instance); // twice is harmless
    expect(instance.t('view.table', { ns: CHAIN_MAP_NS })).toBe('列表');
    expect(instance.getFixedT('en', CHAIN_MAP_NS)('counts', { companies: 1, leads: 2, projects: 3 })).toBe('Co 1 · Ld 2 · Pj 3');
  });
});

/** Every UI text goes through i18next: the library's code (not its tests or data files) holds no Chinese. */
describe('UI texts of the chain-map library', () => {
  const root = __dirname;
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
    });
  const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

  it.each(sources(root).map((file) => [relative(root, file), file]))('%s has no Chinese outside comments', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    expect(code.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+/g) ?? []).toEqual([]);
  });

  it.each(sources(root).filter((f) => f.endsWith('.tsx')).map((file) => [relative(root, file), file]))('%s has no literal text between JSX tags', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    expect(code.match(/(?<!=)>\s*[A-Za-z][A-Za-z ,.'!?]*\s*<\//g) ?? []).toEqual([]);
  });
});
