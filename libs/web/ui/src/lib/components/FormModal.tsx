import { App, Form, Modal, type FormInstance, type FormProps, type ModalProps } from 'antd';
import { useLayoutEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFieldErrors } from '@chainboard/web-graphql';
import { ErrorAlert } from './ErrorAlert';

/** The API's problems spread over a form: errors under the fields it has, and whether anything is left over. */
export interface FieldErrorsOf {
  fields: { name: string; errors: string[] }[];
  /** Something is not about a field of the form (or not about fields at all): shown above the buttons. */
  unmatched: boolean;
}

/** Maps an error to the form's fields; `serverFieldErrors` of @chainboard/web-graphql by default. */
export type FieldErrorMapper = (error: unknown, fieldNames: readonly string[]) => FieldErrorsOf;

/** The part of a react-query mutation FormModal uses: `useMutation(…)` or `useInvalidatingMutation(…)` fits. */
export interface FormModalMutation<TValues, TResult> {
  mutateAsync: (values: TValues) => Promise<TResult>;
  isPending: boolean;
}

/** The part of an antd form instance a submit touches. */
export type SubmitForm = Pick<FormInstance, 'setFields' | 'getFieldsError'>;

/** How a submit ended: the result, or the error to show above the buttons (null when all went under fields). */
export type SubmitOutcome<TResult> = { ok: true; result: TResult } | { ok: false; formError: unknown };

/** The names of the form's top-level fields (those a server field error can be put under). */
export function formFieldNames(form: Pick<FormInstance, 'getFieldsError'>): string[] {
  return form
    .getFieldsError()
    .map(({ name }) => name)
    .filter((name) => name.length === 1 && typeof name[0] === 'string')
    .map((name) => name[0] as string);
}

/**
 * Runs a submit: on success the result; on failure the API's field problems go under the form's fields
 * (`form.setFields`), and what is left (an error about no field of the form, a network failure …) is returned.
 */
export async function submitForm<TValues, TResult>(
  form: SubmitForm,
  values: TValues,
  submit: (values: TValues) => Promise<TResult>,
  mapErrors: FieldErrorMapper = serverFieldErrors,
): Promise<SubmitOutcome<TResult>> {
  try {
    return { ok: true, result: await submit(values) };
  } catch (error) {
    const { fields, unmatched } = mapErrors(error, formFieldNames(form));
    form.setFields(fields);
    return { ok: false, formError: unmatched || fields.length === 0 ? error : null };
  }
}

// Lets Enter in a text input submit the form (the browser's implicit submission), without a visible button:
// the modal's own OK button is outside the <form>. An IME composition's Enter (pinyin) does not submit.
const implicitSubmit: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  border: 0,
};

interface FormModalBaseProps<TValues, TResult> {
  open: boolean;
  title: ReactNode;
  /** The values the form starts from, again at each opening. */
  initialValues?: FormProps<TValues>['initialValues'];
  /** Cancel, the close button and Escape. */
  onCancel: () => void;
  /** After a successful submit, with the result and the values sent; usually closes the modal. */
  onDone?: (result: TResult, values: TValues) => void;
  /** The form items. */
  children: ReactNode;
  /** The OK button's text; "Save" when left out. */
  okText?: ReactNode;
  /** The cancel button's text; "Cancel" when left out. */
  cancelText?: ReactNode;
  /** A toast after a successful submit: "Saved" when left out, none when false. Needs antd's <App>. */
  successMessage?: ReactNode | false;
  /** The form's name (the prefix of its fields' ids). */
  name?: string;
  /** Your own instance (from `Form.useForm()`), to read or set values from outside. */
  form?: FormInstance<TValues>;
  /** How an error maps to the fields; `serverFieldErrors` (top-level fields by their name) when left out. */
  fieldErrors?: FieldErrorMapper;
  width?: ModalProps['width'];
  /** More antd Modal props (zIndex, footer extras …). */
  modalProps?: Omit<ModalProps, 'open' | 'title' | 'onOk' | 'onCancel' | 'okText' | 'cancelText' | 'confirmLoading' | 'children'>;
  /** More antd Form props (layout, labelCol, onValuesChange …); the layout is vertical when left out. */
  formProps?: Omit<FormProps<TValues>, 'form' | 'name' | 'initialValues' | 'onFinish' | 'children'>;
}

/** Submit with a mutation, or with a function: exactly one of the two. */
export type FormModalProps<TValues, TResult> = FormModalBaseProps<TValues, TResult> &
  (
    | { /** The mutation the form submits to; its `isPending` drives the OK button's spinner. */ mutation: FormModalMutation<TValues, TResult>; onSubmit?: never }
    | { /** What the form submits to; a rejection is shown as for a mutation. */ onSubmit: (values: TValues) => Promise<TResult>; mutation?: never }
  );

/**
 * A modal with a form bound to a mutation. OK (or Enter in a text field) validates, then submits; the API's
 * problems with fields show under those fields, any other error above the buttons. Each opening starts again
 * from `initialValues`, without the errors of the last time.
 *
 * @example
 * const add = useAddWorkPlanTask();
 * <FormModal<TaskFormValues, Task>
 *   open={adding}
 *   title={t('workPlan.addTitle')}
 *   initialValues={{ title: '', description: '' }}
 *   onSubmit={(values) => add.mutateAsync(toAddTaskInput(chainId, values))}
 *   onDone={() => setAdding(false)}
 *   onCancel={() => setAdding(false)}
 * >
 *   <Form.Item name="title" label={t('workPlan.fields.title')} rules={[{ required: true }]}><Input /></Form.Item>
 * </FormModal>
 */
export function FormModal<TValues = Record<string, unknown>, TResult = unknown>(props: FormModalProps<TValues, TResult>) {
  const {
    open,
    title,
    initialValues,
    onCancel,
    onDone,
    children,
    okText,
    cancelText,
    successMessage,
    name,
    form: givenForm,
    fieldErrors = serverFieldErrors,
    width,
    modalProps,
    formProps,
  } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>(givenForm);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);
  const pending = submitting || Boolean(props.mutation?.isPending);

  // Every opening starts from the initial values, without the last opening's input or errors (before paint).
  useLayoutEffect(() => {
    if (!open) return;
    form.resetFields();
    setFormError(null);
    setSubmitting(false);
  }, [open, form]);

  const onFinish = async (values: TValues) => {
    if (pending) return;
    const submit = props.mutation ? props.mutation.mutateAsync : props.onSubmit;
    if (!submit) return;
    setSubmitting(true);
    setFormError(null);
    const outcome = await submitForm(form, values, submit, fieldErrors);
    setSubmitting(false);
    if (!outcome.ok) {
      setFormError(outcome.formError);
      return;
    }
    if (successMessage !== false) message.success?.(successMessage ?? t('common.saved'));
    onDone?.(outcome.result, values);
  };

  return (
    <Modal
      mask={{ closable: false }}
      style={{ maxWidth: 'calc(100vw - 16px)' }}
      destroyOnHidden
      {...modalProps}
      open={open}
      title={title}
      width={width ?? modalProps?.width}
      okText={okText ?? t('common.save')}
      cancelText={cancelText ?? t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
    >
      <Form<TValues>
        layout="vertical"
        disabled={pending}
        {...formProps}
        form={form}
        name={name}
        initialValues={initialValues}
        onFinish={(values) => void onFinish(values)}
      >
        {children}
        {formError ? <ErrorAlert error={formError} /> : null}
        <button type="submit" tabIndex={-1} aria-hidden style={implicitSubmit} />
      </Form>
    </Modal>
  );
}
