import { CheckCircleOutlined, PlayCircleOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoordinationIssueStatus, ISSUE_TRANSITIONS, PROJECT_LIMITS } from '@chainboard/domain';
import type { CoordinationIssueFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState, FormModal, QueryState, RowActions, SubListPager, useSubListPage } from '@chainboard/web-ui';
import { dateText, LOCAL_DATE_FORMAT, textOrNull } from '../forms';
import { useMoveCoordinationIssue, useProjectIssues, useRaiseCoordinationIssue, type ProjectDetail } from '../hooks';
import { UnitSelect } from './pickers';
import { PROJECTS_TEXTS } from '../../i18n';

type Issue = CoordinationIssueFieldsFragment;

interface RaiseValues {
  title: string;
  detail?: string;
  fromDepartmentId?: string | null;
  fromUnit?: string;
  dueOn?: Dayjs | null;
}

/** Closing out needs the resolution, reopening a reason (issueMoveProblem of libs/domain). */
type Closing = { issue: Issue; to: 'CLOSED' | 'OPEN' };

const STATUS_COLORS: Record<Issue['status'], string> = { OPEN: 'orange', IN_PROGRESS: 'blue', CLOSED: 'green' };

/** Whether the domain lets an issue make this move (ISSUE_TRANSITIONS). */
export function issueMayMove(issue: Pick<Issue, 'status'>, to: `${CoordinationIssueStatus}`): boolean {
  return ISSUE_TRANSITIONS[CoordinationIssueStatus[issue.status]].includes(CoordinationIssueStatus[to]);
}

/**
 * Coordination issues (问题清单): what the project needs from which unit, by when. Raised (交办), taken up (督办),
 * closed out (销号) with the resolution, reopened with a reason; the closure rate (办结率) above.
 */
export function IssuesCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const raise = useRaiseCoordinationIssue();
  const move = useMoveCoordinationIssue();
  const [raising, setRaising] = useState(false);
  const [closing, setClosing] = useState<Closing | null>(null);
  const window = useSubListPage(undefined, project.id);
  const query = useProjectIssues(project.id, window);
  // The closure rate counts every issue of the project, not only the page shown.
  const rate = closureRate(query.data?.issueCount ?? 0, query.data?.openIssueCount ?? 0);
  const may = project.canManageIssues;

  return (
    <Card
      title={t('issue.title')}
      extra={
        <Flex gap="small" align="center">
          {rate.total > 0 && <Typography.Text type="secondary">{t('issue.closureRate', rate)}</Typography.Text>}
          {may && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
              {t('issue.raise')}
            </Button>
          )}
        </Flex>
      }
    >
      <QueryState query={query}>
        {(page) =>
          page.issues.length === 0 ? (
            <EmptyState description={t('issue.empty')} />
          ) : (
            <>
              <Flex vertical gap="middle" component="ol" aria-label={t('issue.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {page.issues.map((issue) => (
                  <Flex key={issue.id} vertical gap={2} component="li" aria-label={issue.title}>
                    <Flex justify="space-between" gap="small" align="start" wrap>
                      <Flex gap="small" align="center" wrap>
                        <Typography.Text strong>{issue.title}</Typography.Text>
                        <Tag color={STATUS_COLORS[issue.status]} style={{ marginInlineEnd: 0 }}>
                          {t(`issueStatus.${issue.status}`)}
                        </Tag>
                      </Flex>
                      {may && (
                        <RowActions
                          maxInline={3}
                          actions={[
                            {
                              key: 'start',
                              label: t('issue.start'),
                              ariaLabel: t('issue.startNamed', { title: issue.title }),
                              icon: <PlayCircleOutlined />,
                              hidden: !issueMayMove(issue, 'IN_PROGRESS'),
                              successMessage: t('issue.started'),
                              onClick: () => move.mutateAsync({ issueId: issue.id, to: 'IN_PROGRESS' }),
                            },
                            {
                              key: 'close',
                              label: t('issue.close'),
                              ariaLabel: t('issue.closeNamed', { title: issue.title }),
                              icon: <CheckCircleOutlined />,
                              hidden: !issueMayMove(issue, 'CLOSED'),
                              onClick: () => setClosing({ issue, to: 'CLOSED' }),
                            },
                            {
                              key: 'reopen',
                              label: t('issue.reopen'),
                              ariaLabel: t('issue.reopenNamed', { title: issue.title }),
                              icon: <RollbackOutlined />,
                              hidden: !issueMayMove(issue, 'OPEN'),
                              onClick: () => setClosing({ issue, to: 'OPEN' }),
                            },
                          ]}
                        />
                      )}
                    </Flex>
                    {issue.detail && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{issue.detail}</Typography.Text>}
                    <Typography.Text type="secondary">
                      {[
                        t('issue.fromLine', { unit: issue.fromDepartment?.name ?? issue.fromUnit ?? t('common.none') }),
                        issue.dueOn ? t('issue.dueLine', { date: issue.dueOn }) : null,
                        t('issue.raisedLine', { date: issue.raisedOn, name: issue.raisedBy?.displayName ?? t('common.none') }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                    {issue.status === 'CLOSED' && issue.resolution && (
                      <Typography.Text type="success">
                        {t('issue.resolutionLine', { text: issue.resolution, date: issue.closedOn ?? '', name: issue.closedBy?.displayName ?? t('common.none') })}
                      </Typography.Text>
                    )}
                    {issue.status !== 'CLOSED' && issue.reopenReason && <Typography.Text type="warning">{t('issue.reopenLine', { text: issue.reopenReason })}</Typography.Text>}
                  </Flex>
                ))}
              </Flex>
              <SubListPager total={page.issueCount} window={window} label={t('issue.pager')} />
            </>
          )
        }
      </QueryState>
      <FormModal<RaiseValues, ProjectDetail>
        open={raising}
        name="raiseIssue"
        title={t('issue.raiseTitle')}
        initialValues={{ title: '', detail: '', fromDepartmentId: null, fromUnit: '', dueOn: null }}
        onCancel={() => setRaising(false)}
        onDone={() => setRaising(false)}
        onSubmit={(values) =>
          raise.mutateAsync({
            projectId: project.id,
            title: values.title.trim(),
            detail: textOrNull(values.detail),
            fromDepartmentId: values.fromDepartmentId || null,
            fromUnit: textOrNull(values.fromUnit),
            dueOn: dateText(values.dueOn),
          })
        }
      >
        <Form.Item name="title" label={t('issue.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('issue.fields.title') }) }]}>
          <Input maxLength={PROJECT_LIMITS.issueTitle} autoComplete="off" />
        </Form.Item>
        <Form.Item name="detail" label={t('project.fields.detail')}>
          <Input.TextArea rows={3} maxLength={PROJECT_LIMITS.issueText} />
        </Form.Item>
        <Form.Item name="fromDepartmentId" label={t('project.fields.fromDepartmentId')}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="fromUnit" label={t('issue.fields.fromUnit')} extra={t('issue.fromUnitHint')}>
          <Input maxLength={PROJECT_LIMITS.issueTitle} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('project.fields.dueOn')}>
          <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
      </FormModal>
      <FormModal<{ resolution?: string; reason?: string }, ProjectDetail>
        open={closing !== null}
        name="issueMove"
        title={closing ? t(closing.to === 'CLOSED' ? 'issue.closeTitle' : 'issue.reopenTitle', { title: closing.issue.title }) : ''}
        okText={closing?.to === 'CLOSED' ? t('issue.close') : t('issue.reopen')}
        initialValues={{ resolution: '', reason: '' }}
        onCancel={() => setClosing(null)}
        onDone={() => setClosing(null)}
        successMessage={closing?.to === 'CLOSED' ? t('issue.closed') : t('issue.reopened')}
        onSubmit={(values) =>
          closing
            ? move.mutateAsync(
                closing.to === 'CLOSED'
                  ? { issueId: closing.issue.id, to: 'CLOSED', resolution: values.resolution?.trim() ?? '' }
                  : { issueId: closing.issue.id, to: 'OPEN', reason: values.reason?.trim() ?? '' },
              )
            : Promise.reject(new Error('no issue'))
        }
      >
        {closing?.to === 'CLOSED' ? (
          <Form.Item name="resolution" label={t('project.fields.resolution')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('project.fields.resolution') }) }]}>
            <Input.TextArea rows={3} maxLength={PROJECT_LIMITS.issueText} />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label={t('issue.fields.reason')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('issue.fields.reason') }) }]}>
            <Input.TextArea rows={3} maxLength={PROJECT_LIMITS.reason} />
          </Form.Item>
        )}
      </FormModal>
    </Card>
  );
}

/** Closed over all issues (办结率), as a whole percent, from the counts of every issue and of the open ones. */
function closureRate(total: number, open: number): { closed: number; total: number; percent: number } {
  const closed = total - open;
  return { closed, total, percent: total === 0 ? 0 : Math.round((closed / total) * 100) };
}
