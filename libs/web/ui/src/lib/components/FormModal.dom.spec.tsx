/** @jest-environment jsdom */
import '../../test/dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import { useState } from 'react';
import { ErrorCode } from '@chainboard/domain';
import { ApiError } from '@chainboard/web-graphql';
import { renderDom } from '../../test/render-dom';
import { FormModal, type FormModalMutation } from './FormModal';

interface Values {
  title: string;
  note?: string;
}

type Submit = (values: Values) => Promise<string>;

/** A page with a button that opens the modal; the modal closes itself on done and on cancel. */
function Page({ submit, mutation, initial = { title: '招商推介会' } }: { submit?: Submit; mutation?: FormModalMutation<Values, string>; initial?: Values }) {
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState('');
  const bound = mutation ? { mutation } : { onSubmit: submit ?? (async () => 'ok') };
  return (
    <>
      <button onClick={() => setOpen(true)}>open</button>
      <output>{done}</output>
      <FormModal<Values, string>
        open={open}
        title="Edit the task"
        name="task"
        initialValues={initial}
        onCancel={() => setOpen(false)}
        onDone={(result) => {
          setDone(result);
          setOpen(false);
        }}
        {...bound}
      >
        <Form.Item name="title" label="Title" rules={[{ required: true, message: 'Enter a title' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label="Note">
          <Input.TextArea />
        </Form.Item>
      </FormModal>
    </>
  );
}

const title = () => screen.getByLabelText('Title') as HTMLInputElement;
const save = () => screen.getByRole('button', { name: /Save$/ });

describe('FormModal', () => {
  it('submits the values with OK, then hands the result to onDone and says "Saved"', async () => {
    const user = userEvent.setup({ delay: null });
    const submit = jest.fn(async (values: Values) => `saved ${values.title}`);
    renderDom(<Page submit={submit} />);
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.clear(title());
    await user.type(title(), '项目签约');
    await user.click(save());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('saved 项目签约'));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit).toHaveBeenCalledWith({ title: '项目签约', note: undefined });
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('submits on Enter in a text field, but not in a text area', async () => {
    const user = userEvent.setup({ delay: null });
    const submit = jest.fn(async () => 'ok');
    renderDom(<Page submit={submit} />);
    await user.type(screen.getByLabelText('Note'), 'line one{Enter}line two');
    expect(submit).not.toHaveBeenCalled();
    await user.type(title(), '{Enter}');
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(submit).toHaveBeenCalledWith({ title: '招商推介会', note: 'line one\nline two' });
  });

  it('validates before submitting', async () => {
    const user = userEvent.setup({ delay: null });
    const submit = jest.fn(async () => 'ok');
    renderDom(<Page submit={submit} initial={{ title: '' }} />);
    await user.click(save());
    expect(await screen.findByText('Enter a title')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it("shows the API's field problems under the fields, and other errors above the buttons", async () => {
    const user = userEvent.setup({ delay: null });
    let failure: unknown = new ApiError(ErrorCode.BAD_USER_INPUT, 'Invalid input', [{ field: 'input.title', message: 'A task of that title exists' }]);
    renderDom(<Page submit={() => Promise.reject(failure)} />);
    await user.click(save());
    expect(await screen.findByText('A task of that title exists')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('dialog')).toBeTruthy();

    failure = new ApiError('NETWORK', '');
    await user.click(save());
    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach the server; check your connection and try again');
  });

  it('starts again from the initial values, without errors, when reopened', async () => {
    const user = userEvent.setup({ delay: null });
    renderDom(<Page submit={() => Promise.reject(new ApiError(ErrorCode.FORBIDDEN, 'You may not edit this chain'))} />);
    await user.type(title(), ' changed');
    await user.click(save());
    expect(await screen.findByRole('alert')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByText('open'));
    await waitFor(() => expect(title().value).toBe('招商推介会'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('submits to a mutation, spinning while it is pending, and submits once however often OK is pressed', async () => {
    const user = userEvent.setup({ delay: null });
    let finish: (value: string) => void = () => undefined;
    const mutateAsync = jest.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    renderDom(<Page mutation={{ mutateAsync, isPending: false }} />);
    await user.click(save());
    await user.click(save());
    await user.type(title(), '{Enter}');
    expect(mutateAsync).toHaveBeenCalledTimes(1);
    expect(save().className).toContain('ant-btn-loading');
    expect(title().disabled).toBe(true);
    finish('done');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('done'));
  });
});
