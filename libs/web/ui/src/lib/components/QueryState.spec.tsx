import { Button } from 'antd';
import { ErrorCode } from '@chainboard/domain';
import { ApiError } from '@chainboard/web-graphql';
import { renderHtml } from '../../test/render';
import { QueryState, isEmptyData, queryView, type QueryLike } from './QueryState';

const pending: QueryLike<string[]> = { data: undefined, error: null, isPending: true, fetchStatus: 'fetching' };
const disabled: QueryLike<string[]> = { data: undefined, error: null, isPending: true, fetchStatus: 'idle' };
const failed = (error: unknown): QueryLike<string[]> => ({ data: undefined, error, isPending: false, fetchStatus: 'idle', refetch: jest.fn() });
const loaded = (data: string[]): QueryLike<string[]> => ({ data, error: null, isPending: false, fetchStatus: 'idle' });

const list = (items: string[]) => (
  <ul>
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
);

describe('isEmptyData', () => {
  it('counts null, an empty list and a page without rows as empty', () => {
    expect(isEmptyData(null)).toBe(true);
    expect(isEmptyData(undefined)).toBe(true);
    expect(isEmptyData([])).toBe(true);
    expect(isEmptyData({ items: [], total: 0 })).toBe(true);
    expect(isEmptyData(['a'])).toBe(false);
    expect(isEmptyData({ items: ['a'], total: 1 })).toBe(false);
    expect(isEmptyData({ id: 'c1' })).toBe(false);
    expect(isEmptyData(0)).toBe(false);
  });
});

describe('queryView', () => {
  it('tells loading, disabled, error, empty and data apart', () => {
    expect(queryView(pending)).toBe('loading');
    expect(queryView({ ...pending, fetchStatus: 'paused' })).toBe('loading');
    expect(queryView(disabled)).toBe('idle');
    expect(queryView(failed(new Error('x')))).toBe('error');
    expect(queryView(loaded([]))).toBe('empty');
    expect(queryView(loaded(['a']))).toBe('data');
  });

  it('keeps showing the data when only a refetch failed', () => {
    expect(queryView({ ...loaded(['a']), error: new Error('x') })).toBe('data');
  });

  it('asks the given isEmpty', () => {
    const noRows = (data: { rows: number }) => data.rows === 0;
    expect(queryView({ data: { rows: 0 }, error: null, isPending: false }, noRows)).toBe('empty');
    expect(queryView({ data: { rows: 2 }, error: null, isPending: false }, noRows)).toBe('data');
  });
});

describe('QueryState', () => {
  it('shows a spinner while loading, or a skeleton when asked', () => {
    const spin = renderHtml(<QueryState query={pending}>{list}</QueryState>);
    expect(spin).toContain('ant-spin');
    expect(spin).toContain('加载中…');
    const skeleton = renderHtml(
      <QueryState query={pending} loading="skeleton" loadingTip="Loading the plan">
        {list}
      </QueryState>,
      'en',
    );
    expect(skeleton).toContain('ant-skeleton');
    expect(skeleton).toContain('aria-busy="true"');
    expect(skeleton).toContain('aria-label="Loading the plan"');
  });

  it("shows the API's message in an error alert, with Retry, in the user's language", () => {
    const zh = renderHtml(<QueryState query={failed(new ApiError(ErrorCode.NOT_FOUND, '产业链不存在'))}>{list}</QueryState>);
    expect(zh).toContain('role="alert"');
    expect(zh).toContain('产业链不存在');
    expect(zh).toContain('重试');
    const en = renderHtml(<QueryState query={failed(new ApiError('NETWORK', ''))}>{list}</QueryState>, 'en');
    expect(en).toContain('Cannot reach the server; check your connection and try again');
    expect(en).toContain('Retry');
  });

  it('offers no Retry without a refetch or when told not to, and words errors with the given formatter', () => {
    const noRefetch = { ...failed(new Error('boom')), refetch: undefined };
    expect(renderHtml(<QueryState query={noRefetch}>{list}</QueryState>)).not.toContain('重试');
    expect(renderHtml(<QueryState query={failed(new Error('boom'))} retry={false}>{list}</QueryState>)).not.toContain('重试');
    const custom = renderHtml(
      <QueryState query={failed(new Error('boom'))} errorMessage={(error) => `custom: ${(error as Error).message}`}>
        {list}
      </QueryState>,
    );
    expect(custom).toContain('custom: boom');
  });

  it('shows the empty state with the given description and action, or "No data"', () => {
    const html = renderHtml(
      <QueryState query={loaded([])} emptyDescription="暂无产业链" emptyAction={<Button>新增产业链</Button>}>
        {list}
      </QueryState>,
    );
    expect(html).toContain('ant-empty');
    expect(html).toContain('暂无产业链');
    expect(html).toContain('新增产业链');
    expect(html).not.toContain('<ul>');
    expect(renderHtml(<QueryState query={loaded([])}>{list}</QueryState>, 'en')).toContain('No data');
  });

  it('hands the data to children', () => {
    const html = renderHtml(<QueryState query={loaded(['高端新材料', '电子信息'])}>{list}</QueryState>);
    expect(html).toBe(renderHtml(list(['高端新材料', '电子信息'])));
  });

  it('shows a failed refetch above the data it still has', () => {
    const html = renderHtml(<QueryState query={{ ...loaded(['电子信息']), error: new ApiError('NETWORK', '') }}>{list}</QueryState>);
    expect(html).toContain('无法连接服务器');
    expect(html).toContain('<li>电子信息</li>');
  });

  it('shows `idle` (or the empty state) while the query is disabled', () => {
    expect(renderHtml(<QueryState query={disabled} idle={<p>请先选择产业链</p>}>{list}</QueryState>)).toContain('请先选择产业链');
    expect(renderHtml(<QueryState query={disabled}>{list}</QueryState>)).toContain('暂无数据');
  });
});
