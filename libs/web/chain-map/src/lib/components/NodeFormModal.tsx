import { Checkbox, Flex, Form, Input, Radio, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_POSITIONS } from '@chainboard/domain';
import type { NodeStatus as NodeStatusValue } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { formValuesOf, isIndustryCode, NODE_LIMITS, parentOptions, type MapNode, type NodeFormValues } from '../data/edit';
import type { MapModel } from '../graph/model';
import { CHAIN_MAP_NS } from '../../i18n';

const STATUSES: NodeStatusValue[] = ['STRONG', 'WEAK', 'MISSING'];

export type NodeFormTarget = { kind: 'add'; parentId: string | null } | { kind: 'edit'; node: MapNode };

export interface NodeFormModalProps {
  target: NodeFormTarget | null;
  model: MapModel;
  /** Saves the node; the API's problems show under their fields, or above the buttons. */
  onSubmit: (values: NodeFormValues) => Promise<void>;
  onClose: () => void;
}

/** Add a node (under a parent, or as a focus direction) or edit one: name, parent, position, status, flags. */
export function NodeFormModal({ target, model, onSubmit, onClose }: NodeFormModalProps) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const [form] = Form.useForm<NodeFormValues>();
  const editing = target?.kind === 'edit' ? target.node : null;
  const initial = useMemo(
    () => (target?.kind === 'edit' ? formValuesOf(target.node) : formValuesOf(null, target?.parentId ?? null)),
    [target],
  );
  const parents = useMemo(() => parentOptions(model, editing?.id ?? null), [model, editing]);

  const title =
    target?.kind === 'edit'
      ? t('edit.editNode')
      : target?.parentId
        ? t('edit.addNodeUnder', { name: model.byId.get(target.parentId)?.node.name ?? '' })
        : t('edit.addTopLevel');
  const required = (field: string) => ({ required: true, whitespace: true, message: t('edit.form.required', { field }) });
  const tooLong = (field: string, max: number) => ({ max, message: t('edit.form.tooLong', { field, max }) });

  return (
    <FormModal<NodeFormValues>
      open={target !== null}
      form={form}
      title={title}
      name="chain-map-node"
      okText={t('edit.save')}
      cancelText={t('edit.cancel')}
      initialValues={initial}
      // Fields the form leaves out keep their starting values.
      onSubmit={(values) => onSubmit({ ...initial, ...values })}
      successMessage={false}
      onDone={onClose}
      onCancel={onClose}
      modalProps={{ zIndex: 1100, forceRender: true }}
    >
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
    </FormModal>
  );
}
