import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Popconfirm, Radio, Select, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, errorMessage } from '@chainboard/web-ui';
import { useCreateSavedView, useDeleteSavedView, useSavedViews, useUpdateSavedView } from './hooks';
import { CRM_NS } from '../../i18n';

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

type SaveValues = { mode: 'new' | 'overwrite'; name: string };

/** The user's saved views of one table: pick one, save the current settings under a name (or over the picked view), delete. */
export function SavedViewsBar({ tableKey, settings, onApply, activeId, onActiveChange }: SavedViewsBarProps) {
  const { t } = useTranslation(CRM_NS);
  const { message } = App.useApp();
  const views = useSavedViews(tableKey);
  const create = useCreateSavedView(tableKey);
  const update = useUpdateSavedView(tableKey);
  const remove = useDeleteSavedView(tableKey);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<SaveValues>();
  const mode = Form.useWatch('mode', form);
  const active = views.data?.find((v) => v.id === activeId) ?? null;

  const pick = (id: string | undefined) => {
    const view = views.data?.find((v) => v.id === id);
    onActiveChange(view?.id ?? null);
    if (view) onApply(view.settings);
  };

  /** Saves the table's settings over the picked view, or as a new view (which the table then shows). */
  const save = async (values: SaveValues) => {
    if (values.mode === 'overwrite' && active) return update.mutateAsync({ viewId: active.id, settings });
    const view = await create.mutateAsync({ name: values.name.trim(), settings });
    onActiveChange(view.id);
    return view;
  };

  return (
    <Flex gap="small" align="center" wrap>
      <Select
        aria-label={t('views.label')}
        style={{ minWidth: 160, flex: '1 1 160px', maxWidth: 280 }}
        placeholder={t('views.placeholder')}
        loading={views.isPending}
        value={active?.id}
        allowClear
        onChange={pick}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        notFoundContent={t('views.none')}
      />
      <Tooltip title={t('views.save')}>
        <Button
          icon={<SaveOutlined />}
          aria-label={t('views.save')}
          onClick={() => setSaving(true)}
        />
      </Tooltip>
      {active && (
        <Popconfirm
          title={t('views.confirmDelete', { name: active.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutate(active.id, {
              onSuccess: () => {
                onActiveChange(null);
                message.success(t('views.deleted'));
              },
              onError: (error) => message.error(errorMessage(error, t)),
            })
          }
        >
          <Button icon={<DeleteOutlined />} aria-label={t('views.delete', { name: active.name })} loading={remove.isPending} />
        </Popconfirm>
      )}
      <FormModal<SaveValues>
        open={saving}
        form={form}
        title={t('views.saveTitle')}
        name={`save-view-${tableKey}`}
        initialValues={{ mode: active ? 'overwrite' : 'new', name: '' }}
        onSubmit={save}
        successMessage={t('views.saved')}
        onDone={() => setSaving(false)}
        onCancel={() => setSaving(false)}
      >
        {active && (
          <Form.Item name="mode">
            <Radio.Group
              options={[
                { value: 'overwrite', label: t('views.overwrite', { name: active.name }) },
                { value: 'new', label: t('views.saveAsNew') },
              ]}
            />
          </Form.Item>
        )}
        {(mode ?? 'new') === 'new' && (
          <Form.Item
            name="name"
            label={t('views.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required', { field: t('views.name') }) },
              { max: VIEW_NAME_MAX, message: t('validation.tooLong', { field: t('views.name'), max: VIEW_NAME_MAX }) },
            ]}
          >
            <Input autoFocus maxLength={VIEW_NAME_MAX} />
          </Form.Item>
        )}
      </FormModal>
    </Flex>
  );
}
