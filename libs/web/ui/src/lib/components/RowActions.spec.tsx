import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { renderHtml } from '../../test/render';
import { RowActions, splitRowActions, type RowAction } from './RowActions';

const action = (key: string, extra: Partial<RowAction> = {}): RowAction => ({ key, label: key, onClick: jest.fn(), ...extra });
const keys = (actions: RowAction[]) => actions.map((a) => a.key);

describe('splitRowActions', () => {
  it('leaves hidden actions out', () => {
    const { inline, overflow } = splitRowActions([action('edit'), action('delete', { hidden: true }), action('merge')]);
    expect(keys(inline)).toEqual(['edit', 'merge']);
    expect(overflow).toEqual([]);
  });

  it('puts what does not fit into the overflow menu, but never a lone action', () => {
    const four = [action('a'), action('b'), action('c'), action('d')];
    expect(keys(splitRowActions(four).inline)).toEqual(['a', 'b']);
    expect(keys(splitRowActions(four).overflow)).toEqual(['c', 'd']);
    // Three fit: a menu holding one action takes the same room as that action's button.
    expect(keys(splitRowActions(four.slice(0, 3)).inline)).toEqual(['a', 'b', 'c']);
    expect(keys(splitRowActions(four, 1).inline)).toEqual(['a']);
    expect(keys(splitRowActions(four, 0).overflow)).toEqual(['a', 'b', 'c', 'd']);
    expect(keys(splitRowActions(four, 3).inline)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts only visible actions when deciding what fits', () => {
    const { inline, overflow } = splitRowActions([action('a'), action('b', { hidden: true }), action('c'), action('d')]);
    expect(keys(inline)).toEqual(['a', 'c', 'd']);
    expect(overflow).toEqual([]);
  });
});

describe('RowActions', () => {
  const rowActions = (hidden: boolean): RowAction[] => [
    { key: 'edit', label: '编辑', icon: <EditOutlined />, ariaLabel: '编辑任务“招商推介会”', onClick: jest.fn() },
    { key: 'delete', label: '删除', icon: <DeleteOutlined />, danger: true, confirm: '确定删除吗？', hidden, onClick: jest.fn() },
  ];

  it('renders each visible action as a small button named after its row', () => {
    const html = renderHtml(<RowActions actions={rowActions(false)} />);
    expect(html).toContain('aria-label="编辑任务“招商推介会”"');
    expect(html).toContain('aria-label="删除"');
    expect(html).toContain('ant-btn-dangerous');
    expect(html).toContain('ant-btn-link');
    expect(html).not.toContain('确定删除吗？'); // the question waits for the click
  });

  it('does not render a hidden action at all', () => {
    const html = renderHtml(<RowActions actions={rowActions(true)} />);
    expect(html).toContain('编辑');
    expect(html).not.toContain('删除');
  });

  it('renders nothing when no action is visible', () => {
    expect(renderHtml(<RowActions actions={[action('edit', { hidden: true })]} />)).not.toContain('ant-btn');
    expect(renderHtml(<RowActions actions={[]} />)).not.toContain('ant-flex');
  });

  it('shows icons only when asked, keeping the label as the accessible name', () => {
    const html = renderHtml(<RowActions actions={rowActions(false)} iconOnly />);
    expect(html).toContain('ant-btn-text');
    expect(html).toContain('aria-label="删除"');
    expect(html).not.toContain('<span>删 除</span>');
  });

  it('disables an action that cannot be taken now', () => {
    const html = renderHtml(<RowActions actions={[action('convert', { label: '转为线索', disabled: true })]} />);
    expect(html).toMatch(/<button(?=[^>]*aria-label="转为线索")(?=[^>]*disabled="")/);
  });

  it('offers the rest behind a "more" button named in the user\'s language', () => {
    const many = [action('a'), action('b'), action('c'), action('d')];
    expect(renderHtml(<RowActions actions={many} />)).toContain('aria-label="更多操作"');
    expect(renderHtml(<RowActions actions={many} />, 'en')).toContain('aria-label="More actions"');
    expect(renderHtml(<RowActions actions={many} moreLabel="“华日通讯”的更多操作" />)).toContain('aria-label="“华日通讯”的更多操作"');
    const html = renderHtml(<RowActions actions={many} />);
    expect(html).toContain('aria-label="a"');
    expect(html).not.toContain('aria-label="c"'); // in the menu, rendered when it opens
  });
});
