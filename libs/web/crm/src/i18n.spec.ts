import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { CompanyRole, InteractionType, LeadAlert, LeadStatus, PROJECT_STAGES, Priority } from '@chainboard/domain';
import { createI18n, resources } from '@chainboard/web-ui';
import { CRM_NS, crmResources } from './i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const own = { zh: flatten(crmResources['zh-CN'] as Tree), en: flatten(crmResources.en as Tree) };
const shared = { zh: flatten(resources['zh-CN'].translation as Tree), en: flatten(resources.en.translation as Tree) };
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the texts of the CRM library', () => {
  it('have the same keys and placeholders in Chinese and English, and none the shared texts have too', () => {
    expect(Object.keys(own.en).sort()).toEqual(Object.keys(own.zh).sort());
    for (const [key, text] of Object.entries(own.zh)) {
      expect({ key, placeholders: placeholders(own.en[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
    expect(Object.keys(own.zh).filter((key) => key in shared.zh)).toEqual([]);
  });

  it.each(sources(__dirname).map((file) => [relative(__dirname, file), file]))('%s uses only keys both languages have', (_name, file) => {
    const keys = [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]);
    const missing = keys.filter((key) => !(key in own.zh || key in shared.zh) || !(key in own.en || key in shared.en));
    expect(missing).toEqual([]);
  });

  it('name every value of the enums the CRM pages show', () => {
    const keys = [
      ...Object.values(LeadStatus).map((v) => `leadStatus.${v}`),
      ...Object.values(LeadAlert).map((v) => `leadAlert.${v}`),
      ...Object.values(InteractionType).map((v) => `interactionType.${v}`),
      ...Object.values(Priority).map((v) => `priority.${v}`),
      ...Object.values(CompanyRole).map((v) => `companyRole.${v}`),
      ...PROJECT_STAGES.map((v) => `projectStage.${v}`),
      ...['SAME_CREDIT_CODE', 'SAME_NAME'].map((v) => `duplicateReason.${v}`),
      ...['COMPANIES', 'LEADS'].map((v) => `import.title.${v}`),
    ];
    expect(keys.filter((key) => !(key in own.zh) || !(key in own.en))).toEqual([]);
  });

  it('are registered as their own namespace, with the shared texts behind them', () => {
    const t = createI18n('en').getFixedT('en', CRM_NS);
    expect(t('leadStatus.NEGOTIATING')).toBe(own.en['leadStatus.NEGOTIATING']);
    expect(t('common.cancel')).toBe(shared.en['common.cancel']);
    expect(createI18n('zh-CN').getFixedT('zh-CN', CRM_NS)('leadStatus.NEGOTIATING')).toBe(own.zh['leadStatus.NEGOTIATING']);
  });
});
