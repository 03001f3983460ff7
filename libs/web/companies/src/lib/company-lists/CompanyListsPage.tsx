import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Result, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { crmAbilities } from '@chainboard/web-crm';
import type { CompanyListFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState, ErrorAlert, errorMessage } from '@chainboard/web-ui';
import { CompanyListFormModal } from './CompanyListFormModal';
import { useDeleteCompanyList, useManagedCompanyLists } from './hooks';
import { COMPANIES_TEXTS } from '../../i18n';

type List = CompanyListFieldsFragment;
type Editing = { list?: List } | null;

/** /company-lists — 企业名录: the lists companies are tagged with (六类500强, 专精特新"小巨人" …), kept by those allowed. */
export function CompanyListsPage() {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const { user } = useAuth();
  if (!crmAbilities(user ? actorOf(user) : null).manageCompanyLists) {
    return (
      <Result
        status="403"
        title={t('companyList.title')}
        subTitle={t('app.forbidden')}
        extra={
          <Link to="/">
            <Button type="primary">{t('app.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <CompanyListsContent />;
}

function CompanyListsContent() {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const { message } = App.useApp();
  const lists = useManagedCompanyLists();
  const remove = useDeleteCompanyList();
  const [editing, setEditing] = useState<Editing>(null);

  const onDelete = async (list: List) => {
    try {
      await remove.mutateAsync(list.id);
      message.success(t('common.deleted'));
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const columns: TableColumnsType<List> = [
    { key: 'name', title: t('companyList.fields.name'), render: (_v, l) => <Typography.Text strong>{l.name}</Typography.Text> },
    { key: 'category', title: t('companyList.fields.category'), render: (_v, l) => <Tag style={{ marginInlineEnd: 0 }}>{t(`listCategory.${l.category}`)}</Tag> },
    { key: 'level', title: t('companyList.fields.level'), render: (_v, l) => (l.level ? t(`listLevel.${l.level}`) : t('common.none')) },
    { key: 'publisher', title: t('companyList.fields.publisher'), render: (_v, l) => l.publisher || t('common.none') },
    { key: 'tagCount', title: t('companyList.fields.tagCount'), align: 'right', render: (_v, l) => l.tagCount },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v, list) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} aria-label={t('companyList.edit', { name: list.name })} onClick={() => setEditing({ list })}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('companyList.confirmDelete', { name: list.name })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onDelete(list)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('companyList.delete', { name: list.name })}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('companyList.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t('companyList.add')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('companyList.intro')}</Typography.Text>
      <ErrorAlert error={lists.error} />
      <Table<List>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={lists.data ?? []}
        loading={lists.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState description={t('companyList.empty')} /> }}
      />
      {editing && <CompanyListFormModal list={editing.list} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
