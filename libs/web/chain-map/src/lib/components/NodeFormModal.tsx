import { Checkbox, Flex, Form, Input, Modal, Radio, Select, TreeSelect } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_POSITIONS } from '@chainboard/domain';
import type { NodeStatus as NodeStatusValue } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { formValuesOf, isIndustryCode, NODE_LIMITS, parentOptions, type MapNode, type NodeFormValues } from '../data/edit';
import type { MapModel } from '../graph/model';
import { CHAIN_MAP_NS } from '../../i18n';

const STATUSES: NodeStatusValue[] = ['STRONG', 'WEAK', 'MISSING'];

export type NodeFormTarget = { kind: 'add'; parentId: string | null } | { kind: 'edit'; node: MapNode };

export interface NodeFormModalProps {
  target: NodeFormTarget | null;
  model: MapModel;
  busy: boolean;
  /** The API's refusal of the last submit, shown in the form. */
  error: unknown;
  onSubmit: (values: NodeFormValues) => void;
  onCancel: () => void;
}

/** Add a node (under a parent, or as a focus direction) or edit one: name, parent, position, status, flags. */
export function NodeFormModal({ target, model, busy, error, onSubmit, onCancel }: NodeFormModalProps) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const [form] = Form.useForm<NodeFormValues>();
  const editing = target?.kind === 'edit' ? target.node : null;
  const initial = useMemo(
    () => (target?.kind === 'edit' ? formValuesOf(target.node) : formValuesOf(null, target?.parentId ?? null)),
    [target],
  );
  const parents = useMemo(() => parentOptions(model, editing?.id ?? null), [model, editing]);

  useEffect(() => {
    if (target) form.setFieldsValue(initial);
  }, [form, target, initial]);

  const title =
    target?.kind === 'edit'
      ? t('edit.editNode')
      : target?.parentId
        ? t('edit.addNodeUnder', { name: model.byId.get(target.parentId)?.node.name ?? '' })
        : t('edit.addTopLevel');
  const required = (field: string) => ({ required: true, whitespace: true, message: t('edit.form.required', { field }) });
  const tooLong = (field: string, max: number) => ({ max, message: t('edit.form.tooLong', { field, max }) });

  return (
    <Modal
      open={target !== null}
      title={title}
      okText={t('edit.save')}
      cancelText={t('edit.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      zIndex={1100}
      destroyOnHidden
      forceRender
    >
      <Form<NodeFormValues> form={form} layout="vertical" initialValues={initial} onFinish={(values) => onSubmit({ ...initial, ...values })} name="chain-map-node">
        <Form.Item name="name" label={t('edit.form.name')} rules={[required(t('edit.form.name')), tooLong(t('edit.form.name'), NODE_LIMITS.name)]}>
          <Input maxLength={NODE_LIMITS.name} autoFocus />
        </Form.Item>
        <Form.Item name="parentId" label={t('edit.form.parent')}>
          <TreeSelect
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll={model.order.length < 200}
            placeholder={t('edit.form.parentPlaceholder')}
            treeData={parents}
            onChange={(value) => form.setFieldValue('parentId', value ?? null)}
          />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item name="position" label={t('edit.form.position')} style={{ minWidth: 160 }}>
            <Select
              allowClear
              placeholder={t('edit.form.positionPlaceholder')}
              options={NODE_POSITIONS.map((p) => ({ value: p, label: t(`position.${p}`) }))}
              onChange={(value) => form.setFieldValue('position', value ?? null)}
            />
          </Form.Item>
          <Form.Item name="status" label={t('edit.form.status')}>
            <Radio.Group optionType="button" options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap="large">
          <Form.Item name="isHighEnd" valuePropName="checked">
            <Checkbox>{t('edit.form.isHighEnd')}</Checkbox>
          </Form.Item>
          <Form.Item name="isKey" valuePropName="checked">
            <Checkbox>{t('edit.form.isKey')}</Checkbox>
          </Form.Item>
        </Flex>
        <Form.Item
          name="industryCode"
          label={t('edit.form.industryCode')}
          extra={t('edit.form.industryCodeHelp')}
          rules={[{ validator: async (_, value: string | undefined) => (isIndustryCode((value ?? '').trim()) ? undefined : Promise.reject(new Error(t('edit.form.industryCodeInvalid')))) }]}
        >
          <Input maxLength={NODE_LIMITS.industryCode} style={{ maxWidth: 160 }} />
        </Form.Item>
        <Form.Item name="description" label={t('edit.form.description')} rules={[tooLong(t('edit.form.description'), NODE_LIMITS.description)]}>
          <Input.TextArea rows={3} maxLength={NODE_LIMITS.description} />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
