import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { COORDINATION_ISSUE_STATUSES, FUNDS_KINDS, HEALTH_LIGHTS, INVESTMENT_TIERS, PROJECT_STAGE_FIELDS, PROJECT_TYPES } from '@chainboard/domain';
import { crmResources } from '@chainboard/web-crm';
import { createI18n, resources } from '@chainboard/web-ui';
import { PROJECTS_NS, PROJECTS_TEXTS, projectsResources } from './i18n';
import { PROJECT_COLUMNS } from './lib/filters';
import { EDITABLE_FIELDS } from './lib/project-form';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const own = { zh: flatten(projectsResources['zh-CN'] as Tree), en: flatten(projectsResources.en as Tree) };
const crm = { zh: flatten(crmResources['zh-CN'] as Tree), en: flatten(crmResources.en as Tree) };
const shared = { zh: flatten(resources['zh-CN'].translation as Tree), en: flatten(resources.en.translation as Tree) };
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

const EVENT_KINDS = ['CREATED', 'FIELDS_CHANGED', 'STAGE_MOVED', 'PROGRESS_UPDATE', 'FUNDS_ADDED', 'FUNDS_REMOVED', 'MILESTONE_ADDED', 'MILESTONE_CHANGED', 'MILESTONE_REMOVED', 'ISSUE_RAISED', 'ISSUE_STARTED', 'ISSUE_CLOSED', 'ISSUE_REOPENED'];

describe('the texts of the projects library', () => {
  it('have the same keys and placeholders in Chinese and English, and none the CRM or shared texts have too', () => {
    expect(Object.keys(own.en).sort()).toEqual(Object.keys(own.zh).sort());
    for (const [key, text] of Object.entries(own.zh)) {
      expect({ key, placeholders: placeholders(own.en[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
    expect(Object.keys(own.zh).filter((key) => key in crm.zh || key in shared.zh)).toEqual([]);
  });

  it.each(sources(__dirname).map((file) => [relative(__dirname, file), file]))('%s uses only keys both languages have', (_name, file) => {
    const keys = [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]);
    const known = (language: 'zh' | 'en', key: string) => key in own[language] || key in crm[language] || key in shared[language];
    expect(keys.filter((key) => !known('zh', key) || !known('en', key))).toEqual([]);
  });

  it('name every project type, tier, light, kind of funds, issue status, timeline entry, stage field, ledger column and edited field', () => {
    const keys = [
      ...PROJECT_TYPES.map((v) => `projectType.${v}`),
      ...INVESTMENT_TIERS.map((v) => `tier.${v}`),
      ...HEALTH_LIGHTS.map((v) => `light.${v}`),
      ...FUNDS_KINDS.map((v) => `fundsKind.${v}`),
      ...COORDINATION_ISSUE_STATUSES.map((v) => `issueStatus.${v}`),
      ...EVENT_KINDS.map((v) => `timeline.${v}`),
      ...Object.keys(PROJECT_STAGE_FIELDS).map((f) => `project.fields.${f}`),
      ...PROJECT_COLUMNS.map((c) => `project.columns.${c}`),
      ...EDITABLE_FIELDS.map((f) => `project.fields.${f}`),
      'project.fields.effectiveOn',
      'project.fields.note',
    ];
    expect(keys.filter((key) => !(key in own.zh) || !(key in own.en))).toEqual([]);
  });

  it('are registered as their own namespace, read before the CRM texts and the shared ones', () => {
    const t = createI18n('en').getFixedT('en', [...PROJECTS_TEXTS]);
    expect(t('board.title')).toBe(own.en['board.title']);
    expect(t('projectStage.SIGNED')).toBe(crm.en['projectStage.SIGNED']);
    expect(t('nav.projectBoard')).toBe(shared.en['nav.projectBoard']);
    expect(createI18n('zh-CN').getFixedT('zh-CN', PROJECTS_NS)('board.title')).toBe('项目看板');
  });
});
