import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG_YEAR_MAX, TAG_YEAR_MIN, districtDate } from '@chainboard/domain';
import type { CompanyTagFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert, errorMessage } from '@chainboard/web-ui';
import { useCompanyLists } from '../../company-lists/hooks';
import { useAddCompanyTag, useRemoveCompanyTag } from '../hooks';
import { COMPANIES_TEXTS } from '../../../i18n';

/** List memberships (list + year): the 六类500强, little giants, hidden champions …; add and remove for those allowed. */
export function TagsCard({ companyId, tags, canEdit }: { companyId: string; tags: readonly CompanyTagFieldsFragment[]; canEdit: boolean }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const lists = useCompanyLists();
  const add = useAddCompanyTag();
  const remove = useRemoveCompanyTag();
  const [form] = Form.useForm<{ listId: string; year: number }>();

  return (
    <Card
      size="small"
      title={t('tag.title')}
      extra={
        canEdit && !adding ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('tag.add')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap="small">
        {tags.length === 0 ? (
          <Typography.Text type="secondary">{t('tag.empty')}</Typography.Text>
        ) : (
          <Flex gap={6} wrap role="list">
            {tags.map((tag) => (
              <Tag key={tag.id} role="listitem" color="gold" style={{ marginInlineEnd: 0 }}>
                {t('tag.label', { list: tag.list.name, year: tag.year })}
                {tag.list.level && <Typography.Text type="secondary">{` · ${t(`listLevel.${tag.list.level}`)}`}</Typography.Text>}
                {canEdit && (
                  <Button
                    type="text"
                    size="small"
                    icon={<CloseOutlined />}
                    aria-label={t('tag.remove', { list: tag.list.name, year: tag.year })}
                    loading={remove.isPending && remove.variables === tag.id}
                    onClick={() => remove.mutate(tag.id, { onError: (error) => message.error(errorMessage(error, t)) })}
                    style={{ height: 18, width: 18, minWidth: 18, marginInlineStart: 4, padding: 0 }}
                  />
                )}
              </Tag>
            ))}
          </Flex>
        )}
        {adding && (
          <Form
            form={form}
            layout="inline"
            name="add-tag"
            initialValues={{ year: Number(districtDate().slice(0, 4)) }}
            onFinish={(values) =>
              add.mutate(
                { companyId, listId: values.listId, year: values.year },
                {
                  onSuccess: () => {
                    form.resetFields();
                    setAdding(false);
                  },
                },
              )
            }
            style={{ rowGap: 8 }}
          >
            <Form.Item name="listId" rules={[{ required: true, message: t('validation.requiredSelect', { field: t('tag.list') }) }]} style={{ minWidth: 220, flex: 1 }}>
              <Select
                aria-label={t('tag.list')}
                placeholder={t('tag.list')}
                showSearch={{ optionFilterProp: 'label' }}
                loading={lists.isPending}
                options={(lists.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
              />
            </Form.Item>
            <Form.Item name="year" rules={[{ required: true, message: t('validation.required', { field: t('tag.year') }) }]}>
              <InputNumber aria-label={t('tag.year')} min={TAG_YEAR_MIN} max={TAG_YEAR_MAX} precision={0} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item>
              <Flex gap="small">
                <Button type="primary" htmlType="submit" loading={add.isPending}>
                  {t('tag.add')}
                </Button>
                <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
              </Flex>
            </Form.Item>
          </Form>
        )}
        <ErrorAlert error={add.error ?? remove.error} />
      </Flex>
    </Card>
  );
}
