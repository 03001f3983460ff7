import { createI18n } from '@chainboard/web-ui';
import { exportIntro } from './ExportButton';
import { CRM_NS } from '../../i18n';

describe('the export dialog', () => {
  it("says how many rows an export holds, and 'more than' when the total was capped", () => {
    const zh = createI18n('zh-CN').getFixedT('zh-CN', CRM_NS);
    const en = createI18n('en').getFixedT('en', CRM_NS);
    expect(exportIntro(zh, 'zh-CN', 42)).toBe('按当前的筛选和排序导出所有页的数据，共 42 行。');
    expect(exportIntro(zh, 'zh-CN', 1000, true)).toBe('按当前的筛选和排序导出所有页的数据，超过 1,000 行。');
    expect(exportIntro(en, 'en', 1050, true)).toBe('Exports every page with the current filters and sort: more than 1,050 rows.');
  });
});
