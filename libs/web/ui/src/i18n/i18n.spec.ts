import { LANGUAGES, Role } from '@chainboard/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, isLanguage, registerTranslations, resources } from './index';

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

  it('name every role and language', () => {
    const keys = [...Object.values(Role).map((v) => `roles.${v}`), ...LANGUAGES.map((v) => `language.${v}`)];
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
    expect(createI18n('en').t('header.userMenu', { name: 'R&D <lab>', role: 'x' })).toBe('Signed in as R&D <lab> (x)');
  });

  it("adds every registered feature namespace, whose missing keys fall back to the shared texts", () => {
    registerTranslations('probe', { 'zh-CN': { greeting: '你好，{{name}}' }, en: { greeting: 'Hello, {{name}}' } });
    registerTranslations('probe', { 'zh-CN': { greeting: '你好，{{name}}' }, en: { greeting: 'Hello, {{name}}' } }); // twice is harmless
    expect(createI18n('en').t('greeting', { ns: 'probe', name: 'Li' })).toBe('Hello, Li');
    expect(createI18n('zh-CN').getFixedT('zh-CN', 'probe')('greeting', { name: '李' })).toBe('你好，李');
    expect(createI18n('zh-CN').getFixedT('zh-CN', 'probe')('common.cancel')).toBe('取消');
  });

  it('lets a component read its own namespace, then another one, then the shared texts', () => {
    registerTranslations('probe-own', { 'zh-CN': { group: { own: '本库' } }, en: { group: { own: 'Own' } } });
    registerTranslations('probe-shared', { 'zh-CN': { group: { shared: '共享' } }, en: { group: { shared: 'Shared' } } });
    function Probe() {
      const { t } = useTranslation(['probe-own', 'probe-shared']);
      return createElement('p', null, [t('group.own'), t('group.shared'), t('common.cancel')].join('|'));
    }
    const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n: createI18n('en') }, createElement(Probe)));
    expect(html).toBe('<p>Own|Shared|Cancel</p>');
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
