/** @jest-environment jsdom */
import '../../test/dom';
import { screen, within } from '@testing-library/react';
import { event } from '../../test/fixtures';
import { renderDom, renderHtml } from '../../test/render';
import { ProjectTimeline } from './ProjectTimeline';

const events = [
  event('e7', 'ISSUE_CLOSED', { issueTitle: '施工许可证办理', resolution: '区住建局已发证' }),
  event('e6', 'FUNDS_ADDED', { amount: '2.5', fundsKind: 'FOREIGN', receivedOn: '2026-02-28' }),
  event('e5', 'STAGE_MOVED', { fromStage: 'SIGNED', toStage: 'REGISTERED', effectiveOn: '2026-02-20', note: '已在武侯区注册' }),
  event('e4', 'FIELDS_CHANGED', {
    changes: [
      { field: 'agreedInvestment', from: '20.0000', to: '25.5' },
      { field: 'ownerId', from: '李四', to: '张三' },
      { field: 'confidential', from: 'false', to: 'true' },
    ],
  }),
  event('e3', 'PROGRESS_UPDATE', { text: '完成用地预审' }),
  event('e2', 'MILESTONE_ADDED', { milestoneName: '开工', plannedOn: '2026-06-30' }),
  event('e1', 'CREATED', { actor: null, at: '2026-01-04T18:00:00.000Z' }),
];

describe('ProjectTimeline', () => {
  it('lists every kind of entry, newest first, each named by what happened', () => {
    renderDom(<ProjectTimeline events={events} />);
    const list = screen.getByRole('list', { name: '项目动态' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      '销号问题“施工许可证办理”',
      '登记到位资金 2.5 亿元（外资）',
      '阶段变更：签约 → 注册',
      '修改了协议投资额、负责人、保密',
      '更新进展',
      '添加节点计划“开工”',
      '录入项目',
    ]);
    expect(screen.getByRole('listitem', { name: '阶段变更：签约 → 注册' }).textContent).toContain('生效日期：2026-02-20');
    expect(screen.getByRole('listitem', { name: '阶段变更：签约 → 注册' }).textContent).toContain('备注：已在武侯区注册');
  });

  it('shows what changed in words: amounts in 亿元, people by name, flags as yes or no; who and on which district day', () => {
    renderDom(<ProjectTimeline events={events} />);
    const changed = screen.getByRole('listitem', { name: '修改了协议投资额、负责人、保密' }).textContent ?? '';
    expect(changed).toContain('协议投资额：20 亿元 → 25.5 亿元');
    expect(changed).toContain('负责人：李四 → 张三');
    expect(changed).toContain('保密：否 → 是');
    expect(changed).toContain('2026-03-02 · Zhang San');
    expect(screen.getByRole('listitem', { name: '销号问题“施工许可证办理”' }).textContent).toContain('办理结果：区住建局已发证');
    // 18:00 UTC on 4 January is 5 January in Chengdu.
    expect(screen.getByRole('listitem', { name: '录入项目' }).textContent).toContain('2026-01-05');
  });

  it('speaks English too, and says so when there is nothing yet', () => {
    const html = renderHtml(<ProjectTimeline events={events.slice(0, 3)} />, 'en');
    expect(html).toContain('aria-label="Issue &quot;施工许可证办理&quot; closed out"');
    expect(html).toContain('Funds in place entered: 2.5 × 100M CNY (亿元) (Foreign)');
    expect(html).toContain('Stage moved: Signed → Registered');
    expect(renderHtml(<ProjectTimeline events={[]} />)).toContain('暂无动态');
  });
});
