import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState, errorMessage } from '@chainboard/web-ui';
import { formatValidity } from '../format';
import { useDeletePolicy } from '../hooks';
import { PolicyFormModal } from './PolicyFormModal';
import type { ChainDetail } from './types';
import { CHAINS_NS } from '../../i18n';

type Policy = PolicyFieldsFragment;
type Editing = { policy?: Policy } | null;

/** 支持政策: the chain's policy set; those allowed add, edit and delete policies. */
export function PoliciesTab({ chain, canEdit }: { chain: ChainDetail; canEdit: boolean }) {
  const { t } = useTranslation(CHAINS_NS);
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeletePolicy();
  const { policySet } = chain;

  const onDelete = async (policy: Policy) => {
    try {
      await remove.mutateAsync(policy.id);
      message.success(t('common.deleted'));
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const columns: TableColumnsType<Policy> = [
    {
      key: 'title',
      title: t('policies.columns.title'),
      width: 260,
      render: (_, policy) => (
        <Flex vertical align="start" gap={4}>
          <Typography.Text strong>{policy.title}</Typography.Text>
          {policy.isDemo && (
            <Tooltip title={t('policies.demoHint')}>
              <Tag color="warning">{t('policies.demo')}</Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { key: 'documentNumber', title: t('policies.columns.documentNumber'), width: 170, render: (_, p) => p.documentNumber || t('common.none') },
    { key: 'issuer', title: t('policies.columns.issuer'), width: 200, render: (_, p) => p.issuer || t('common.none') },
    { key: 'validity', title: t('policies.columns.validity'), width: 190, render: (_, p) => formatValidity(p, t) ?? t('common.none') },
    {
      key: 'summary',
      title: t('policies.columns.summary'),
      render: (_, p) =>
        p.summary ? (
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
            {p.summary}
          </Typography.Paragraph>
        ) : (
          t('common.none')
        ),
    },
  ];

  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      render: (_, policy) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('policies.editPolicy', { title: policy.title })}
            onClick={() => setEditing({ policy })}
          >
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('policies.confirmDelete', { title: policy.title })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onDelete(policy)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('policies.deletePolicy', { title: policy.title })}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {policySet.title}
        </Typography.Title>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('policies.add')}
          </Button>
        )}
      </Flex>
      <Table<Policy>
        rowKey="id"
        columns={columns}
        dataSource={[...policySet.policies]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: canEdit ? 1150 : 980 }}
        locale={{ emptyText: <EmptyState description={t('policies.empty')} /> }}
        size="middle"
      />
      {editing && <PolicyFormModal chainId={chain.id} policy={editing.policy} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
