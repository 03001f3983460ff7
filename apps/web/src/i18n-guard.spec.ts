import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

/**
 * Every UI text goes through i18next: the web sources (outside the translation files, the generated GraphQL
 * code and the tests) hold no Chinese characters and no literal English text between JSX tags.
 */
const workspace = join(__dirname, '../../..');
const roots = [
  'apps/web/src',
  'libs/web/graphql/src',
  'libs/web/ui/src',
  'libs/web/auth/src',
  'libs/web/admin/src',
  'libs/web/chains/src',
  'libs/web/chain-map/src',
  'libs/web/crm/src',
  'libs/web/companies/src',
  'libs/web/leads/src',
  'libs/web/projects/src',
  'libs/web/meetings/src',
];
const skipped = [/\/gql\//, /\/i18n\/[^/]+\.json$/, /\.spec\.tsx?$/];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !skipped.some((pattern) => pattern.test(path)) ? [path] : [];
  });
}

/** The code without its comments, which may well name things in Chinese. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = roots.flatMap((root) => sources(join(workspace, root)));

describe('UI texts', () => {
  it('finds the web sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(workspace, file), file]))('%s has no Chinese outside comments', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    expect(code.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+/g) ?? []).toEqual([]);
  });

  it.each(files.filter((f) => f.endsWith('.tsx')).map((file) => [relative(workspace, file), file]))(
    '%s has no literal text between JSX tags',
    (_name, file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      expect(code.match(/(?<!=)>\s*[A-Za-z][A-Za-z ,.'!?]*\s*<\//g) ?? []).toEqual([]);
    },
  );
});
