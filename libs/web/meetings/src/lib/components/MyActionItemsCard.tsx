import { CheckOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { districtDate } from '@chainboard/domain';
import type { MyActionItemsQuery } from '@chainboard/web-graphql';
import { EmptyState, QueryState, errorMessage } from '@chainboard/web-ui';
import { MEETINGS_TEXTS } from '../../i18n';
import { actionDue } from '../agenda';
import { useCompleteAction, useMyActionItems } from '../hooks';

type ActionRow = MyActionItemsQuery['myActionItems'][number];

/** Items the card shows at first, and how many more each "more" shows. */
export const MY_ACTIONS_PAGE = 20;

export interface MyActionItemsCardProps {
  /** Shows nothing when the user has no open action item (the meetings list); My work shows the card empty. */
  hideWhenEmpty?: boolean;
  /** Today as a district date (the browser's clock by default). */
  today?: string;
}

/**
 * The signed-in user's open action items (督办事项), earliest due first: what, decided at which meeting, due when
 * (late ones marked), about which project or coordination issue, and "done" to tick one off.
 */
export function MyActionItemsCard({ hideWhenEmpty = false, today = districtDate() }: MyActionItemsCardProps) {
  const { t } = useTranslation(MEETINGS_TEXTS);
  const [limit, setLimit] = useState(MY_ACTIONS_PAGE);
  const query = useMyActionItems(limit);
  const items = query.data?.items ?? [];
  const more = query.data?.more ?? false;
  // Late items come first (earliest due first): when every shown one is late and there are more, more are late.
  const late = items.filter((a) => actionDue(a.dueOn, today).overdueDays > 0).length;
  const lateMore = more && late === items.length;
  if (hideWhenEmpty && !items.length) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="my-action-items"
      title={
        <Flex gap="small" align="center" wrap>
          {t('mine')}
          <Badge count={more ? `${items.length}+` : items.length} showZero color={items.length ? '#1f5fbf' : '#bfbfbf'} />
          {late > 0 && <Tag color="error">{t(lateMore ? 'myActions.lateCountMore' : 'myActions.lateCount', { count: late })}</Tag>}
        </Flex>
      }
    >
      <QueryState query={query} isEmpty={() => false}>
        {() =>
          items.length === 0 ? (
            <EmptyState description={t('myActions.empty')} />
          ) : (
            <Flex vertical gap="small" role="list" aria-label={t('mine')}>
              {items.map((a) => (
                <ActionItemRow key={a.id} action={a} today={today} />
              ))}
              {more && (
                <Button type="link" style={{ alignSelf: 'flex-start', paddingInline: 0 }} loading={query.isFetching} onClick={() => setLimit(limit + MY_ACTIONS_PAGE)} data-testid="my-action-items-more">
                  {t('myActions.more', { count: MY_ACTIONS_PAGE })}
                </Button>
              )}
            </Flex>
          )
        }
      </QueryState>
    </Card>
  );
}

function ActionItemRow({ action: a, today }: { action: ActionRow; today: string }) {
  const { t } = useTranslation(MEETINGS_TEXTS);
  const { message } = App.useApp();
  const complete = useCompleteAction();
  const due = actionDue(a.dueOn, today);
  const done = () =>
    complete.mutateAsync(a.id).then(
      () => message.success(t('myActions.doneOk', { text: a.text })),
      (e: unknown) => message.error(errorMessage(e, t)),
    );
  return (
    <Flex role="listitem" aria-label={a.text} justify="space-between" align="flex-start" gap="small" wrap style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong>{a.text}</Typography.Text>
        <Flex gap="small" align="center" wrap>
          <Typography.Text type={due.overdueDays ? 'danger' : 'secondary'}>{t('fmt.labelled', { label: t('field.dueOn'), value: a.dueOn })}</Typography.Text>
          {due.overdueDays > 0 && <Tag color="error">{t('myActions.overdue', { count: due.overdueDays })}</Tag>}
          {due.dueToday && <Tag color="warning">{t('myActions.dueToday')}</Tag>}
        </Flex>
        <Typography.Text type="secondary">
          {t('myActions.decidedAt')} <Link to={`/meetings/${encodeURIComponent(a.meeting.id)}`}>{t('myActions.meetingOn', { title: a.meeting.title, date: a.meeting.heldOn })}</Link>
          {a.project && (
            <>
              {' · '}
              {t('myActions.project')} <Link to={`/projects/${encodeURIComponent(a.project.id)}`}>{a.project.name}</Link>
            </>
          )}
          {a.issueTitle && (
            <>
              {' · '}
              {t('myActions.issue')}{' '}
              {a.project ? <Link to={`/projects/${encodeURIComponent(a.project.id)}`}>{a.issueTitle}</Link> : a.issueTitle}
            </>
          )}
        </Typography.Text>
      </Flex>
      <Button size="small" icon={<CheckOutlined />} loading={complete.isPending} onClick={done} aria-label={t('myActions.doneLabel', { text: a.text })}>
        {t('actions.done')}
      </Button>
    </Flex>
  );
}
