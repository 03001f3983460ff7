/** @jest-environment jsdom */
import '../../test/dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorCode } from '@chainboard/domain';
import { ApiError } from '@chainboard/web-graphql';
import { renderDom } from '../../test/render-dom';
import { RowActions, type RowAction } from './RowActions';

const action = (key: string, extra: Partial<RowAction> = {}): RowAction => ({ key, label: key, onClick: jest.fn(), ...extra });

describe('RowActions', () => {
  it('runs an action on click, without clicking the row', async () => {
    const user = userEvent.setup({ delay: null });
    const edit = action('Edit', { ariaLabel: 'Edit “Expo”' });
    const onRow = jest.fn();
    renderDom(
      <div onClick={onRow}>
        <RowActions actions={[edit]} />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Edit “Expo”' }));
    expect(edit.onClick).toHaveBeenCalledTimes(1);
    expect(onRow).not.toHaveBeenCalled();
  });

  it('asks first when the action has a question, and does nothing when cancelled', async () => {
    const user = userEvent.setup({ delay: null });
    const remove = action('Remove', { danger: true, confirm: 'Delete the task “Expo”?' });
    renderDom(<RowActions actions={[remove]} />);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Delete the task “Expo”?')).toBeTruthy();
    expect(remove.onClick).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(remove.onClick).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(remove.onClick).toHaveBeenCalledTimes(1);
  });

  it('does not run a disabled action', async () => {
    const user = userEvent.setup({ delay: null });
    const convert = action('Convert', { disabled: true, disabledReason: 'Already a lead' });
    renderDom(<RowActions actions={[convert]} />);
    await user.click(screen.getByRole('button', { name: 'Convert' }));
    expect(convert.onClick).not.toHaveBeenCalled();
  });

  it('offers the rest in a menu, asking first for those with a question', async () => {
    const user = userEvent.setup({ delay: null });
    const merge = action('Merge');
    const remove = action('Remove', { danger: true, confirm: 'Delete the company?' });
    renderDom(<RowActions actions={[action('Edit'), action('Tag'), merge, remove]} />);
    expect(screen.queryByRole('button', { name: 'Merge' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByText('Merge'));
    expect(merge.onClick).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByText('Remove'));
    expect(await screen.findByRole('dialog', { name: 'Delete the company?' })).toBeTruthy();
    expect(remove.onClick).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(remove.onClick).toHaveBeenCalledTimes(1));
  });

  it('reports a failed action with the API message, and a done one with its success message', async () => {
    const user = userEvent.setup({ delay: null });
    const failing = action('Convert', { onClick: () => Promise.reject(new ApiError(ErrorCode.CONFLICT, 'Changed by someone else; reload')) });
    const working = action('Complete', { onClick: () => Promise.resolve(), successMessage: 'Task completed' });
    renderDom(<RowActions actions={[failing, working]} />);
    await user.click(screen.getByRole('button', { name: 'Convert' }));
    expect(await screen.findByText('Changed by someone else; reload')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Complete' }));
    expect(await screen.findByText('Task completed')).toBeTruthy();
  });

  it('spins while the promise of an action is pending', async () => {
    const user = userEvent.setup({ delay: null });
    let finish: () => void = () => undefined;
    const slow = action('Convert', { onClick: () => new Promise<void>((resolve) => (finish = resolve)) });
    renderDom(<RowActions actions={[slow]} />);
    await user.click(screen.getByRole('button', { name: 'Convert' }));
    expect(screen.getByRole('button', { name: 'Convert' }).className).toContain('ant-btn-loading');
    finish();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Convert' }).className).not.toContain('ant-btn-loading'));
  });
});
