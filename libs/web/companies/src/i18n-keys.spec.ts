import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { CompanyListCategory, CompanyRole, InteractionType, LeadAlert, LeadSource, LeadStatus, ListLevel, Priority, PROJECT_STAGES } from '@chainboard/domain';
import { resources } from '@chainboard/web-ui';

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

describe('the texts of the companies library', () => {
  it.each(sources(__dirname).map((file) => [relative(__dirname, file), file]))('%s uses only keys both languages have', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const keys = [...code.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]);
    const missing = keys.filter((key) => !(key in zh) || !(key in en));
    expect(missing).toEqual([]);
  });

  it('name every value of the enums the CRM pages show', () => {
    const keys = [
      ...Object.values(LeadStatus).map((v) => `crm.leadStatus.${v}`),
      ...Object.values(LeadSource).map((v) => `crm.leadSource.${v}`),
      ...Object.values(LeadAlert).map((v) => `crm.leadAlert.${v}`),
      ...Object.values(InteractionType).map((v) => `crm.interactionType.${v}`),
      ...Object.values(Priority).map((v) => `crm.priority.${v}`),
      ...Object.values(CompanyRole).map((v) => `crm.companyRole.${v}`),
      ...Object.values(CompanyListCategory).map((v) => `crm.listCategory.${v}`),
      ...Object.values(ListLevel).map((v) => `crm.listLevel.${v}`),
      ...PROJECT_STAGES.map((v) => `crm.projectStage.${v}`),
      ...['SAME_CREDIT_CODE', 'SAME_NAME'].map((v) => `crm.duplicateReason.${v}`),
      ...['COMPANIES', 'LEADS'].map((v) => `crm.import.title.${v}`),
    ];
    const missing = keys.filter((key) => !(key in zh) || !(key in en));
    expect(missing).toEqual([]);
  });
});
