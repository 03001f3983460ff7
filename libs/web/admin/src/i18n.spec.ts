import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { createI18n, resources } from '@chainboard/web-ui';
import { ADMIN_NS, adminResources } from './i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const own = { zh: flatten(adminResources['zh-CN'] as Tree), en: flatten(adminResources.en as Tree) };
const shared = { zh: flatten(resources['zh-CN'].translation as Tree), en: flatten(resources.en.translation as Tree) };
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the texts of the admin library', () => {
  it('have the same keys and placeholders in Chinese and English, and none the shared texts have too', () => {
    expect(Object.keys(own.en).sort()).toEqual(Object.keys(own.zh).sort());
    for (const [key, text] of Object.entries(own.zh)) {
      expect({ key, placeholders: placeholders(own.en[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
    expect(Object.keys(own.zh).filter((key) => key in shared.zh)).toEqual([]);
  });

  it.each(sources(__dirname).map((file) => [relative(__dirname, file), file]))('%s uses only keys both languages have', (_name, file) => {
    const keys = [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]);
    const known = (language: 'zh' | 'en', key: string) => key in own[language] || key in shared[language];
    expect(keys.filter((key) => !known('zh', key) || !known('en', key))).toEqual([]);
  });

  it('name every role, in the shared texts', () => {
    for (const role of ['ADMIN', 'DISTRICT_LEADER', 'CHAIN_LEADER', 'LEAD_DEPARTMENT_MEMBER', 'INVESTMENT_STAFF', 'MEETING_SECRETARY', 'VIEWER']) {
      expect(shared.zh[`roles.${role}`]).toBeTruthy();
      expect(shared.en[`roles.${role}`]).toBeTruthy();
    }
  });

  it('are registered as their own namespace, read before the shared ones', () => {
    const t = createI18n('en').getFixedT('en', ADMIN_NS);
    expect(t('users.title')).toBe('Users');
    expect(t('common.cancel')).toBe(shared.en['common.cancel']);
  });
});
