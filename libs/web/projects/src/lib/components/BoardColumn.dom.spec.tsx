/** @jest-environment jsdom */
import '../../test/dom';
import { DndContext } from '@dnd-kit/core';
import { act, renderHook, screen, within } from '@testing-library/react';
import { ProjectStage } from '@chainboard/domain';
import { createI18n } from '@chainboard/web-ui';
import { board, card } from '../../test/fixtures';
import { renderDom } from '../../test/render';
import { useStageMoveFlow, type MoveRefusal } from '../move-flow';
import { refusalText } from '../pages/ProjectBoardPage';
import { BoardColumnView } from './BoardColumn';
import { ProjectCard } from './ProjectCard';
import { PROJECTS_TEXTS } from '../../i18n';

const zh = createI18n('zh-CN').getFixedT('zh-CN', [...PROJECTS_TEXTS]);

const signedCard = card('a', 'SIGNED', { name: '京东西南总部', agreedInvestment: '20', tier: 'TIER_10_30', light: 'YELLOW', lightRule: { code: 'NO_UPDATE', days: 15, milestone: null } });
const signed = board([{ stage: 'SIGNED', total: '25.5', count: 3, projects: [signedCard] }]).columns[0];

function Column({ active, collapsed = false }: { active: ReturnType<typeof card> | null; collapsed?: boolean }) {
  return (
    <DndContext>
      <BoardColumnView column={signed} activeCard={active} collapsed={collapsed} onToggle={() => undefined}>
        {signed.projects.map((c) => (
          <ProjectCard key={c.id} card={c} onMove={() => undefined} />
        ))}
      </BoardColumnView>
    </DndContext>
  );
}

describe('a kanban column', () => {
  it('is a region named by its stage, with its count and exact total as a status, and its cards as a list', () => {
    renderDom(<Column active={null} />);
    const column = screen.getByRole('region', { name: '签约列' });
    expect(within(column).getByRole('status', { name: '签约合计' }).textContent).toBe('3 个项目 · 25.5 亿元');
    const cards = within(column).getByRole('list', { name: '签约的项目' });
    const item = within(cards).getByRole('listitem', { name: '京东西南总部' });
    expect(item.textContent).toContain('Company a');
    expect(item.textContent).toContain('20 亿元');
    expect(item.textContent).toContain('10-30亿元');
    expect(item.textContent).toContain('Zhang San');
    expect(within(item).getByRole('img', { name: '黄灯：15 天未更新进展' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: '移动“京东西南总部”的阶段' })).toBeTruthy();
  });

  it('hides the company of a masked card, marks demo data, and offers no move to one who may not move it', () => {
    const masked = card('m', 'SIGNED', { name: '保密项目', masked: true, confidential: true, company: null, isDemo: true, canMoveStage: false });
    renderDom(
      <DndContext>
        <ProjectCard card={masked} onMove={() => undefined} />
      </DndContext>,
    );
    const item = screen.getByRole('listitem', { name: '保密项目' });
    expect(item.textContent).toContain('（保密）');
    expect(item.textContent).toContain('演示数据');
    expect(within(item).queryByRole('button', { name: /移动/ })).toBeNull();
  });

  it('says it cannot take the card being dragged when the domain does not allow the move', () => {
    const view = renderDom(<Column active={card('n', 'NEGOTIATING')} />);
    expect(screen.queryByText('不能移入此阶段')).toBeNull();
    view.unmount();
    renderDom(<Column active={card('r', 'REGISTERED')} />);
    expect(screen.getByText('不能移入此阶段')).toBeTruthy();
  });

  it('collapsed, shows only its head, with a button to open it', () => {
    renderDom(<Column active={null} collapsed />);
    expect(screen.getByRole('status', { name: '签约合计' }).textContent).toBe('3 个项目 · 25.5 亿元');
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByRole('button', { name: '展开签约列' }).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the board moves', () => {
  it('refuse a drop the domain does not allow: no dialog, the refusal kept and told', () => {
    const told: MoveRefusal[] = [];
    const { result } = renderHook(() => useStageMoveFlow((r) => told.push(r)));
    act(() => void result.current.request(card('n', 'NEGOTIATING', { name: '攀蓉矿业总部项目' }), ProjectStage.REGISTERED));
    expect(result.current.pending).toBeNull();
    expect(result.current.refusal?.decision).toEqual({ kind: 'refused', from: 'NEGOTIATING', to: 'REGISTERED', allowed: ['SIGNED', 'ON_HOLD', 'DROPPED'] });
    expect(told).toHaveLength(1);
    expect(refusalText(told[0], zh)).toBe('“攀蓉矿业总部项目”不能从“洽谈”移到“注册”，只能移到：签约、暂缓、终止');

    act(() => void result.current.request(card('x', 'SIGNED', { name: '锦江电子', canMoveStage: false }), ProjectStage.REGISTERED));
    expect(refusalText(result.current.refusal as MoveRefusal, zh)).toBe('你没有移动“锦江电子”阶段的权限');
    expect(result.current.pending).toBeNull();
  });

  it('open the dialog for an allowed drop, and do nothing for a drop on its own column', () => {
    const { result } = renderHook(() => useStageMoveFlow());
    const project = card('s', 'SIGNED');
    act(() => void result.current.request(project, ProjectStage.SIGNED));
    expect(result.current.pending).toBeNull();
    expect(result.current.refusal).toBeNull();
    act(() => void result.current.request(project, ProjectStage.REGISTERED));
    expect(result.current.pending).toEqual({ card: project, to: 'REGISTERED' });
    act(() => result.current.close());
    expect(result.current.pending).toBeNull();
  });
});
