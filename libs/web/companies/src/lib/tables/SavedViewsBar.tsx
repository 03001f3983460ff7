import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, errorMessage } from '@chainboard/web-ui';
import { useCreateSavedView, useDeleteSavedView, useSavedViews, useUpdateSavedView } from './hooks';

export interface SavedViewsBarProps {
  tableKey: string;
  /** The current filters, sort and columns, as a view keeps them. */
  settings: unknown;
  /** Applies a view's settings to the table. */
  onApply: (settings: unknown) => void;
  /** The view the table shows, if it came from one. */
  activeId: string | null;
  onActiveChange: (id: string | null) => void;
}

const VIEW_NAME_MAX = 100;

/** The user's saved views of one table: pick one, save the current settings under a name (or over the picked view), delete. */
export function SavedViewsBar({ tableKey, settings, onApply, activeId, onActiveChange }: SavedViewsBarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const views = useSavedViews(tableKey);
  const create = useCreateSavedView(tableKey);
  const update = useUpdateSavedView(tableKey);
  const remove = useDeleteSavedView(tableKey);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ mode: 'new' | 'overwrite'; name: string }>();
  const mode = Form.useWatch('mode', form);
  const active = views.data?.find((v) => v.id === activeId) ?? null;

  const pick = (id: string | undefined) => {
    const view = views.data?.find((v) => v.id === id);
    onActiveChange(view?.id ?? null);
    if (view) onApply(view.settings);
  };

  const onSave = async (values: { mode: 'new' | 'overwrite'; name: string }) => {
    if (values.mode === 'overwrite' && active) {
      await update.mutateAsync({ viewId: active.id, settings });
    } else {
      const view = await create.mutateAsync({ name: values.name.trim(), settings });
      onActiveChange(view.id);
    }
    message.success(t('crm.views.saved'));
    setSaving(false);
  };

  return (
    <Flex gap="small" align="center" wrap>
      <Select
        aria-label={t('crm.views.label')}
        style={{ minWidth: 160, flex: '1 1 160px', maxWidth: 280 }}
        placeholder={t('crm.views.placeholder')}
        loading={views.isPending}
        value={active?.id}
        allowClear
        onChange={pick}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        notFoundContent={t('crm.views.none')}
      />
      <Tooltip title={t('crm.views.save')}>
        <Button
          icon={<SaveOutlined />}
          aria-label={t('crm.views.save')}
          onClick={() => {
            form.setFieldsValue({ mode: active ? 'overwrite' : 'new', name: '' });
            create.reset();
            update.reset();
            setSaving(true);
          }}
        />
      </Tooltip>
      {active && (
        <Popconfirm
          title={t('crm.views.confirmDelete', { name: active.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutate(active.id, {
              onSuccess: () => {
                onActiveChange(null);
                message.success(t('crm.views.deleted'));
              },
              onError: (error) => message.error(errorMessage(error, t)),
            })
          }
        >
          <Button icon={<DeleteOutlined />} aria-label={t('crm.views.delete', { name: active.name })} loading={remove.isPending} />
        </Popconfirm>
      )}
      <Modal
        open={saving}
        title={t('crm.views.saveTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending || update.isPending}
        onOk={() => form.submit()}
        onCancel={() => setSaving(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void onSave(values).catch(() => undefined)} name={`save-view-${tableKey}`}>
          {active && (
            <Form.Item name="mode">
              <Radio.Group
                options={[
                  { value: 'overwrite', label: t('crm.views.overwrite', { name: active.name }) },
                  { value: 'new', label: t('crm.views.saveAsNew') },
                ]}
              />
            </Form.Item>
          )}
          {(mode ?? 'new') === 'new' && (
            <Form.Item
              name="name"
              label={t('crm.views.name')}
              rules={[
                { required: true, whitespace: true, message: t('validation.required', { field: t('crm.views.name') }) },
                { max: VIEW_NAME_MAX, message: t('validation.tooLong', { field: t('crm.views.name'), max: VIEW_NAME_MAX }) },
              ]}
            >
              <Input autoFocus maxLength={VIEW_NAME_MAX} />
            </Form.Item>
          )}
          <ErrorAlert error={create.error ?? update.error} />
        </Form>
      </Modal>
    </Flex>
  );
}
