import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { createI18n } from '@chainboard/web-ui';
import { ChainCard, type ChainSummary } from './ChainCard';

const chain: ChainSummary = {
  id: 'c-1',
  name: '电子信息',
  track: 'TECHNOLOGY_ADVANTAGE',
  leader: { id: 'u-1', displayName: '电子信息链长' },
  leadDepartment: { id: 'd-1', name: '武侯区新经济发展局' },
  map: { id: 'm-1', nodeCount: 2 },
  workPlan: { id: 'w-1', progress: { done: 1, total: 8, percent: 13 } },
  policySet: { id: 'ps-1', policies: [{ id: 'p-1' }, { id: 'p-2' }, { id: 'p-3' }] },
  targets: [
    { id: 't-1', metric: '营业收入', comparator: 'GT', value: '200', unit: '亿元', year: 2025, quote: '', baselineValue: null, baselineYear: null },
    { id: 't-2', metric: '小巨人企业', comparator: 'GT', value: '5', unit: '家', year: 2025, quote: '', baselineValue: null, baselineYear: null },
  ],
};

function render(language: 'zh-CN' | 'en'): string {
  return renderToStaticMarkup(
    <MemoryRouter>
      <I18nextProvider i18n={createI18n(language)}>
        <ChainCard chain={chain} />
      </I18nextProvider>
    </MemoryRouter>,
  );
}

describe('ChainCard', () => {
  it('shows the five ones at a glance and the headline target, linking to the chain page', () => {
    const html = render('zh-CN');
    expect(html).toContain('href="/chains/c-1"');
    for (const text of ['电子信息', '技术优势赛道', '电子信息链长', '武侯区新经济发展局', '2 个', '3 项', '已完成 1/8', '2025年目标：营业收入 超过 200 亿元']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('小巨人企业');
  });

  it('speaks English when the UI does', () => {
    const html = render('en');
    expect(html).toContain('Technology-advantage track');
    expect(html).toContain('2025 target: 营业收入 &gt; 200 亿元');
  });
});
