import { Breadcrumb, Button, Select, Tag } from 'antd';
import { renderHtml } from '../../test/render';
import { ListPageHeader } from './ListPageHeader';

describe('ListPageHeader', () => {
  it('shows the title as the page heading, with the actions', () => {
    const html = renderHtml(<ListPageHeader title="目标企业" extra={<Button type="primary">添加目标企业</Button>} />);
    expect(html).toMatch(/<header[^>]*>/);
    expect(html).toMatch(/<h3[^>]*>目标企业<\/h3>/);
    expect(html).toContain('添加目标企业');
  });

  it('shows the count in the user\'s language, zero included, and none when not given', () => {
    expect(renderHtml(<ListPageHeader title="企业" count={42} />)).toContain('共 42 条');
    expect(renderHtml(<ListPageHeader title="Companies" count={0} />, 'en')).toContain('0 in all');
    expect(renderHtml(<ListPageHeader title="企业" />)).not.toContain('共');
  });

  it('shows a capped count as "1,000+" with a "count exactly" link when it can be asked for', () => {
    const capped = renderHtml(<ListPageHeader title="企业" count={1000} countCapped onCountExactly={() => undefined} />);
    expect(capped).toContain('共 1,000+ 条');
    expect(capped).toContain('精确计数');
    const english = renderHtml(<ListPageHeader title="Companies" count={2050} countCapped onCountExactly={() => undefined} />, 'en');
    expect(english).toContain('2,050+ in all');
    expect(english).toContain('Count exactly');
    // No link without a way to count, nor beside an exact count.
    expect(renderHtml(<ListPageHeader title="企业" count={1000} countCapped />)).not.toContain('精确计数');
    const exact = renderHtml(<ListPageHeader title="企业" count={1234} onCountExactly={() => undefined} />);
    expect(exact).toContain('共 1234 条');
    expect(exact).not.toContain('精确计数');
  });

  it('shows the breadcrumb, tags, subtitle and filters when given', () => {
    const html = renderHtml(
      <ListPageHeader
        breadcrumb={<Breadcrumb items={[{ title: '产业链' }, { title: '电子信息' }]} />}
        title="产业链图谱"
        tags={<Tag>42 个节点</Tag>}
        subtitle="企业按年份打上这些名单的标签"
        filters={<Select aria-label="产业链" />}
        filtersLabel="筛选"
      />,
    );
    for (const text of ['ant-breadcrumb', '电子信息', '42 个节点', '企业按年份打上这些名单的标签', 'aria-label="产业链"', 'role="group" aria-label="筛选"']) {
      expect(html).toContain(text);
    }
    expect(html.indexOf('ant-breadcrumb')).toBeLessThan(html.indexOf('<h3'));
    expect(html.indexOf('<h3')).toBeLessThan(html.indexOf('aria-label="产业链"'));
  });

  it('leaves out what is not given', () => {
    const html = renderHtml(<ListPageHeader title="线索" extra={false} />);
    expect(html).not.toContain('ant-typography-secondary');
    expect(html).not.toContain('role="group"');
    expect(html).toBe(renderHtml(<ListPageHeader title="线索" />));
    const boxes = (markup: string) => markup.match(/class="ant-flex /g)?.length ?? 0;
    expect(boxes(renderHtml(<ListPageHeader title="线索" extra={<Button>导出线索</Button>} />))).toBe(boxes(html) + 1);
  });
});
