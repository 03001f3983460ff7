import { ChainTrack, LANGUAGES, Role, TargetComparator, TaskStatus } from '@chainboard/domain';
import { createI18n, isLanguage, resources } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const zh = flatten(resources['zh-CN'].translation as Tree);
const en = flatten(resources.en.translation as Tree);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty text, and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(zh)) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(en[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('name every role, task status, track and comparator of the domain', () => {
    const keys = [
      ...Object.values(Role).map((v) => `roles.${v}`),
      ...Object.values(TaskStatus).map((v) => `workPlan.status.${v}`),
      ...Object.values(ChainTrack).map((v) => `chains.track.${v}`),
      ...Object.values(TargetComparator).map((v) => `chains.comparator.${v}`),
      ...LANGUAGES.map((v) => `language.${v}`),
    ];
    for (const key of keys) {
      expect({ key, zh: key in zh, en: key in en }).toEqual({ key, zh: true, en: true });
    }
  });
});

describe('createI18n', () => {
  it('speaks the language it is given, Chinese by default', () => {
    expect(createI18n('zh-CN').t('roles.CHAIN_LEADER')).toBe('链长');
    expect(createI18n('en').t('roles.CHAIN_LEADER')).toBe('Chain leader');
    expect(createI18n().language).toBe('zh-CN');
  });

  it('does not HTML-escape interpolated values (React escapes what it renders)', () => {
    expect(createI18n('en').t('workPlan.completeTask', { title: 'R&D <lab>' })).toBe('Complete: R&D <lab>');
  });
});

describe('isLanguage', () => {
  it('accepts only the supported languages', () => {
    expect(isLanguage('zh-CN')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
