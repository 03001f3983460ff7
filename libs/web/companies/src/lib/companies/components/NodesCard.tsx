import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { chainMapPath } from '@chainboard/web-chain-map';
import { ChainNodeSelect, CompanyRoleTag, useCrmChains } from '@chainboard/web-crm';
import type { CompanyDetailQuery, CompanyRole } from '@chainboard/web-graphql';
import { ErrorAlert, errorMessage } from '@chainboard/web-ui';
import { COMPANY_ROLES } from '../filters';
import { useRemoveCompanyNode, useSetCompanyNode } from '../hooks';
import { COMPANIES_TEXTS } from '../../../i18n';

type Place = CompanyDetailQuery['company']['nodes'][number];

/** Where the company sits on the chain maps (chain › node, with its role there); add and remove for those allowed. */
export function NodesCard({ companyId, nodes, canEdit }: { companyId: string; nodes: readonly Place[]; canEdit: boolean }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const { message } = App.useApp();
  const chains = useCrmChains();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ chainId: string; nodeId: string; role: CompanyRole }>();
  const chainId = Form.useWatch('chainId', form);
  const set = useSetCompanyNode();
  const remove = useRemoveCompanyNode();

  return (
    <Card
      size="small"
      title={t('company.nodesTitle')}
      extra={
        canEdit && !adding ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('company.addNode')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap="small">
        {nodes.length === 0 ? (
          <Typography.Text type="secondary">{t('company.noNodes')}</Typography.Text>
        ) : (
          <Flex vertical gap={6} role="list">
            {nodes.map((place) => (
              <Flex key={place.id} role="listitem" align="center" gap="small" wrap>
                <Link to={chainMapPath(place.chain.id)}>{place.chain.name}</Link>
                <Typography.Text type="secondary">›</Typography.Text>
                <Typography.Text>{place.node.name}</Typography.Text>
                <CompanyRoleTag role={place.role} />
                {canEdit && (
                  <Popconfirm
                    title={t('company.confirmRemoveNode', { node: place.node.name })}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove.mutate({ companyId, nodeId: place.nodeId }, { onError: (error) => message.error(errorMessage(error, t)) })}
                  >
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('company.removeNode', { node: place.node.name })} />
                  </Popconfirm>
                )}
              </Flex>
            ))}
          </Flex>
        )}
        {adding && (
          <Form
            form={form}
            layout="vertical"
            name="add-node"
            initialValues={{ role: 'TARGET' }}
            onFinish={(values) =>
              set.mutate(
                { companyId, nodeId: values.nodeId, role: values.role },
                {
                  onSuccess: () => {
                    form.resetFields();
                    setAdding(false);
                  },
                },
              )
            }
          >
            <Form.Item name="chainId" label={t('filters.chain')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('filters.chain') }) }]}>
              <Select options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))} onChange={() => form.setFieldValue('nodeId', undefined)} />
            </Form.Item>
            <Form.Item name="nodeId" label={t('filters.node')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('filters.node') }) }]}>
              <ChainNodeSelect chainId={chainId} />
            </Form.Item>
            <Form.Item name="role" label={t('company.role')} rules={[{ required: true }]}>
              <Select options={COMPANY_ROLES.map((r) => ({ value: r, label: t(`companyRole.${r}`) }))} />
            </Form.Item>
            <Flex gap="small">
              <Button type="primary" htmlType="submit" loading={set.isPending}>
                {t('common.save')}
              </Button>
              <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
            </Flex>
          </Form>
        )}
        <ErrorAlert error={set.error ?? remove.error} />
      </Flex>
    </Card>
  );
}
