import { ErrorCode } from '@chainboard/domain';
import { ApiError } from '@chainboard/web-graphql';
import { formFieldNames, submitForm, type SubmitForm } from './FormModal';

// The submit of FormModal as a plain function, with a stand-in for antd's form instance. (The modal itself, with
// clicks and keys, is tested in FormModal.dom.spec.tsx.)

function fakeForm(names: (string | number)[][] = [['title'], ['description'], ['dueDate']]) {
  const setFields = jest.fn();
  const form: SubmitForm = { setFields, getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })) };
  return { form, setFields };
}

const invalid = (fields: { field: string; message: string }[]) => new ApiError(ErrorCode.BAD_USER_INPUT, '输入有误', fields);

describe('formFieldNames', () => {
  it("lists the form's top-level fields (those the API's field errors can name)", () => {
    expect(formFieldNames(fakeForm([['title'], ['contacts', 0, 'name'], ['dueDate']]).form)).toEqual(['title', 'dueDate']);
  });
});

describe('submitForm', () => {
  it('hands back the result of a submit that went through, setting no field', async () => {
    const { form, setFields } = fakeForm();
    const submit = jest.fn(async (values: { title: string }) => ({ id: 't1', ...values }));
    await expect(submitForm(form, { title: '招商推介会' }, submit)).resolves.toEqual({ ok: true, result: { id: 't1', title: '招商推介会' } });
    expect(submit).toHaveBeenCalledWith({ title: '招商推介会' });
    expect(setFields).not.toHaveBeenCalled();
  });

  it("puts the API's problems under the fields they name, leaving nothing for the form", async () => {
    const { form, setFields } = fakeForm();
    const error = invalid([
      { field: 'input.title', message: '任务名称不能为空' },
      { field: 'input.dueDate', message: '日期无效' },
      { field: 'input.title', message: '任务名称已存在' },
    ]);
    await expect(submitForm(form, {}, () => Promise.reject(error))).resolves.toEqual({ ok: false, formError: null });
    expect(setFields).toHaveBeenCalledWith([
      { name: 'title', errors: ['任务名称不能为空', '任务名称已存在'] },
      { name: 'dueDate', errors: ['日期无效'] },
    ]);
  });

  it('returns the error for the form when a problem names no field of the form', async () => {
    const { form, setFields } = fakeForm();
    const error = invalid([
      { field: 'input.title', message: '任务名称已存在' },
      { field: 'input.chainId', message: '产业链不存在' },
    ]);
    await expect(submitForm(form, {}, () => Promise.reject(error))).resolves.toEqual({ ok: false, formError: error });
    expect(setFields).toHaveBeenCalledWith([{ name: 'title', errors: ['任务名称已存在'] }]);
  });

  it('returns errors that are not about fields (forbidden, network, anything thrown) for the form', async () => {
    for (const error of [new ApiError(ErrorCode.FORBIDDEN, '您没有权限'), new ApiError('NETWORK', ''), new Error('boom')]) {
      const { form, setFields } = fakeForm();
      await expect(submitForm(form, {}, () => Promise.reject(error))).resolves.toEqual({ ok: false, formError: error });
      expect(setFields).toHaveBeenCalledWith([]);
    }
  });

  it('uses the given mapper, and still shows an error that it spread over no field', async () => {
    const { form, setFields } = fakeForm();
    const mapper = jest.fn(() => ({ fields: [{ name: 'title', errors: ['映射的错误'] }], unmatched: false }));
    await expect(submitForm(form, {}, () => Promise.reject(new Error('x')), mapper)).resolves.toEqual({ ok: false, formError: null });
    expect(mapper).toHaveBeenCalledWith(new Error('x'), ['title', 'description', 'dueDate']);
    expect(setFields).toHaveBeenCalledWith([{ name: 'title', errors: ['映射的错误'] }]);

    const silent = () => ({ fields: [], unmatched: false });
    const error = new Error('y');
    await expect(submitForm(form, {}, () => Promise.reject(error), silent)).resolves.toEqual({ ok: false, formError: error });
  });
});
