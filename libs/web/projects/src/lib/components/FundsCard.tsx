import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, Progress, Select, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDS_KINDS, PROJECT_LIMITS } from '@chainboard/domain';
import { formatDateTime, formatInvestment } from '@chainboard/web-crm';
import type { FundsKind, ProjectFundsFieldsFragment } from '@chainboard/web-graphql';
import { FormModal, RowActions, SubListPager, useSubListPage } from '@chainboard/web-ui';
import { dateText, districtTodayValue, isAfterDistrictToday, LOCAL_DATE_FORMAT, normalizeAmount, textOrNull } from '../forms';
import { useAddProjectFunds, useProjectFunds, useRemoveProjectFunds, type ProjectDetail } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

interface FundsValues {
  amount: string;
  receivedOn: Dayjs | null;
  kind: FundsKind;
  sourceNote?: string;
}

/**
 * Funds in place (到位资金): the entries a page at a time with their count, their cumulative amount (of every entry) and its share of the agreed investment; those who
 * may enter funds add entries and remove mistaken ones.
 */
export function FundsCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const add = useAddProjectFunds();
  const remove = useRemoveProjectFunds();
  const [adding, setAdding] = useState(false);
  const percent = project.fundsInPlacePercent;
  const window = useSubListPage(undefined, project.id);
  const query = useProjectFunds(project.id, window);

  return (
    <Card
      title={t('funds.title')}
      extra={
        project.canEnterFunds && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('funds.add')}
          </Button>
        )
      }
    >
      <Flex vertical gap="middle">
        <Flex gap="large" wrap align="center">
          <Statistic title={t('funds.cumulative')} value={formatInvestment(project.fundsInPlace, t)} />
          <Statistic title={t('project.fields.agreedInvestment')} value={formatInvestment(project.agreedInvestment, t)} />
          {percent !== null && percent !== undefined && (
            <Flex vertical gap={4} style={{ minWidth: 160 }}>
              <Typography.Text type="secondary">{t('funds.shareTitle')}</Typography.Text>
              <Progress percent={Math.min(100, percent)} format={() => t('funds.share', { percent })} aria-label={t('funds.share', { percent })} />
            </Flex>
          )}
        </Flex>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          aria-label={t('funds.title')}
          loading={query.isPending}
          dataSource={query.data?.funds ?? []}
          locale={{ emptyText: t('funds.empty') }}
          columns={[
            { key: 'receivedOn', title: t('project.fields.receivedOn'), dataIndex: 'receivedOn' },
            { key: 'amount', title: t('project.fields.amount'), align: 'right', render: (_v, f) => formatInvestment(f.amount, t) },
            { key: 'kind', title: t('project.fields.kind'), render: (_v, f) => t(`fundsKind.${f.kind}`) },
            { key: 'sourceNote', title: t('project.fields.sourceNote'), render: (_v, f) => f.sourceNote ?? t('common.none') },
            {
              key: 'enteredBy',
              title: t('funds.enteredBy'),
              render: (_v, f) => [f.enteredBy?.displayName, formatDateTime(f.enteredAt)].filter(Boolean).join(' · '),
            },
            ...(project.canEnterFunds
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    render: (_v: unknown, f: ProjectFundsFieldsFragment) => (
                      <RowActions
                        iconOnly
                        actions={[
                          {
                            key: 'delete',
                            label: t('common.delete'),
                            ariaLabel: t('funds.remove', { amount: formatInvestment(f.amount, t), date: f.receivedOn }),
                            icon: <DeleteOutlined />,
                            danger: true,
                            confirm: t('funds.confirmRemove'),
                            successMessage: t('common.deleted'),
                            onClick: () => remove.mutateAsync(f.id),
                          },
                        ]}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
        {query.data && <SubListPager total={query.data.fundsCount} window={window} label={t('funds.pager')} />}
      </Flex>
      <FormModal<FundsValues, ProjectDetail>
        open={adding}
        name="funds"
        title={t('funds.addTitle')}
        initialValues={{ amount: '', receivedOn: districtTodayValue(), kind: 'DOMESTIC', sourceNote: '' }}
        onCancel={() => setAdding(false)}
        onDone={() => setAdding(false)}
        onSubmit={(values) =>
          add.mutateAsync({
            projectId: project.id,
            amount: normalizeAmount(values.amount) ?? '',
            receivedOn: dateText(values.receivedOn) ?? '',
            kind: values.kind,
            sourceNote: textOrNull(values.sourceNote),
          })
        }
      >
        <Form.Item name="amount" label={t('project.fields.amount')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('project.fields.amount') }) }]}>
          <Input inputMode="decimal" suffix={t('unit.yi')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('project.fields.receivedOn')} rules={[{ required: true, message: t('validation.required', { field: t('project.fields.receivedOn') }) }]}>
          <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => isAfterDistrictToday(d)} inputReadOnly />
        </Form.Item>
        <Form.Item name="kind" label={t('project.fields.kind')}>
          <Select options={FUNDS_KINDS.map((kind) => ({ value: kind, label: t(`fundsKind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="sourceNote" label={t('project.fields.sourceNote')}>
          <Input.TextArea rows={2} maxLength={PROJECT_LIMITS.reason} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
