/** @jest-environment jsdom */
import '../../test/dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDom } from '../../test/render-dom';
import { TotalCount } from './TotalCount';

describe('TotalCount', () => {
  it('asks for the exact count when its link is clicked', async () => {
    const user = userEvent.setup({ delay: null });
    const countExactly = jest.fn();
    renderDom(<TotalCount count={1000} capped onCountExactly={countExactly} />, 'zh-CN');
    expect(screen.getByTestId('list-count').textContent).toBe('共 1,000+ 条 精确计数');
    await user.click(screen.getByText('精确计数'));
    expect(countExactly).toHaveBeenCalledTimes(1);
  });

  it('says the exact count without a link', () => {
    renderDom(<TotalCount count={42} onCountExactly={jest.fn()} />);
    expect(screen.getByTestId('list-count').textContent).toBe('42 in all');
    expect(screen.queryByTestId('count-exactly')).toBeNull();
  });
});
