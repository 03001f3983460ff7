import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, DesktopOutlined, FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, List, Modal, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { MeetingItemFieldsFragment, MeetingQuery } from '@chainboard/web-graphql';
import { FormModal, ListPageHeader, QueryState, RowActions, type RowAction } from '@chainboard/web-ui';
import { MEETINGS_TEXTS } from '../../i18n';
import { movedOrder } from '../agenda';
import {
  downloadPaper,
  useAddAction,
  useAddItem,
  useCloseOutIssue,
  useCompleteAction,
  useCreateFromPrevious,
  useMeeting,
  useMeetingPeople,
  useRecordItem,
  useRemoveItem,
  useReorderItems,
  useSetStatus,
} from '../hooks';

type MeetingData = MeetingQuery['meeting'];

/** A meeting: its people, the agenda (rearranged before the meeting), what is recorded per item, the action items, the figures and the papers. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(MEETINGS_TEXTS);
  const query = useMeeting(id);
  return <QueryState query={query}>{(data) => <MeetingView meeting={data.meeting} t={t} />}</QueryState>;
}

function MeetingView({ meeting, t }: { meeting: MeetingData; t: (key: string, params?: Record<string, unknown>) => string }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reorder = useReorderItems();
  const remove = useRemoveItem();
  const setStatus = useSetStatus();
  const fromPrevious = useCreateFromPrevious();
  const [adding, setAdding] = useState(false);
  const [recording, setRecording] = useState<MeetingItemFieldsFragment | null>(null);
  const [nextOpen, setNextOpen] = useState(false);
  const addItem = useAddItem();
  const planned = meeting.status === 'PLANNED';
  const ids = meeting.items.map((i) => i.id);
  const mayArrange = planned && meeting.canManage;
  const mayRecord = !meeting.frozen && meeting.canRecord;

  const download = (paper: 'minutes' | 'ledger') => downloadPaper(meeting.id, paper).catch((e) => message.error(String(e?.message ?? e)));

  return (
    <div className="meeting-page">
      <ListPageHeader
        title={meeting.title}
        subtitle={`${meeting.heldOn} · ${meeting.place ?? ''} · ${t('field.period')} ${meeting.periodFrom} — ${meeting.periodTo}`}
        tags={<Tag>{t(`status.${meeting.status}`)}</Tag>}
        breadcrumb={<Link to="/meetings">{t('title')}</Link>}
        extra={
          <Space wrap>
            <Button icon={<DesktopOutlined />} onClick={() => navigate(`/meetings/${meeting.id}/present`)}>
              {t('actions.present')}
            </Button>
            <Button icon={<FileWordOutlined />} onClick={() => download('minutes')}>
              {t('actions.minutes')}
            </Button>
            <Button icon={<FileExcelOutlined />} onClick={() => download('ledger')}>
              {t('actions.ledger')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('actions.print')}
            </Button>
            {planned && meeting.canRecord ? (
              <Button onClick={() => setStatus.mutateAsync({ meetingId: meeting.id, status: 'IN_PROGRESS' as never })}>{t('actions.start')}</Button>
            ) : null}
            {!meeting.frozen && meeting.canRecord ? (
              <Button
                danger
                onClick={() =>
                  Modal.confirm({ title: t('actions.hold'), content: t('confirmHold'), onOk: () => setStatus.mutateAsync({ meetingId: meeting.id, status: 'HELD' as never }) })
                }
              >
                {t('actions.hold')}
              </Button>
            ) : null}
            {meeting.frozen && meeting.canManage ? <Button onClick={() => setNextOpen(true)}>{t('fromPrevious')}</Button> : null}
          </Space>
        }
      />
      {meeting.frozen ? <Alert type="info" showIcon message={t('frozen')} style={{ marginBottom: 16 }} /> : null}
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('field.scope')}>{meeting.allChains ? t('field.allChains') : meeting.chains.map((c) => c.name).join(', ')}</Descriptions.Item>
        <Descriptions.Item label={t('field.chair')}>{meeting.chair?.displayName ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('field.attendees')}>
          {meeting.attendees.map((a) => a.user?.displayName ?? (a.guestUnit ? t('fmt.guest', { name: a.guestName ?? '', unit: a.guestUnit }) : (a.guestName ?? ''))).join(', ')}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card title={t('section.agenda')} extra={mayArrange ? <Button onClick={() => setAdding(true)}>{t('actions.addItem')}</Button> : null}>
            <List
              dataSource={meeting.items}
              renderItem={(item, index) => {
                const actions: RowAction[] = [];
                if (mayRecord) actions.push({ key: 'record', label: t('actions.record'), onClick: () => setRecording(item) });
                if (mayArrange) {
                  actions.push(
                    { key: 'up', label: t('actions.moveUp'), icon: <ArrowUpOutlined />, onClick: () => reorder.mutateAsync({ meetingId: meeting.id, itemIds: movedOrder(ids, index, -1) }) },
                    { key: 'down', label: t('actions.moveDown'), icon: <ArrowDownOutlined />, onClick: () => reorder.mutateAsync({ meetingId: meeting.id, itemIds: movedOrder(ids, index, 1) }) },
                    { key: 'drop', label: t('actions.drop'), icon: <DeleteOutlined />, danger: true, onClick: () => remove.mutateAsync(item.id) },
                  );
                }
                return (
                  <List.Item extra={actions.length ? <RowActions actions={actions} maxInline={3} iconOnly /> : null}>
                    <List.Item.Meta
                      title={
                        <Space wrap>
                          <span>{index + 1}.</span>
                          <Tag>{t(`kind.${item.kind}`)}</Tag>
                          {item.projectId ? <Link to={`/projects/${item.projectId}`}>{item.title}</Link> : <span>{item.title}</span>}
                          {item.carriedCount > 0 ? <Tag color="orange">{t('carried', { count: item.carriedCount })}</Tag> : null}
                        </Space>
                      }
                      description={
                        <>
                          {item.summary ? <div>{item.summary}</div> : null}
                          {item.discussion ? <div>{t('fmt.labelled', { label: t('field.discussion'), value: item.discussion })}</div> : null}
                          {item.decisions.map((d) => (
                            <div key={d}>
                              <Typography.Text strong>{t('fmt.decision')}</Typography.Text>
                              {d}
                            </div>
                          ))}
                        </>
                      }
                    />
                  </List.Item>
                );
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <FiguresCard meeting={meeting} t={t} />
          <ActionsCard meeting={meeting} t={t} />
        </Col>
      </Row>
      <FormModal<{ title: string; summary?: string }, unknown>
        open={adding}
        title={t('actions.addItem')}
        onCancel={() => setAdding(false)}
        onSubmit={(v) => addItem.mutateAsync({ meetingId: meeting.id, title: v.title, summary: v.summary ?? null })}
        onDone={() => setAdding(false)}
      >
        <Form.Item name="title" label={t('field.itemTitle')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="summary" label={t('field.summary')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      {recording ? <RecordModal meeting={meeting} item={recording} onClose={() => setRecording(null)} t={t} /> : null}
      <FormModal<{ heldOn: Dayjs }, { createMeetingFromPrevious: { id: string } }>
        open={nextOpen}
        title={t('fromPrevious')}
        initialValues={{ heldOn: dayjs().add(7, 'day') }}
        onCancel={() => setNextOpen(false)}
        onSubmit={(v) => fromPrevious.mutateAsync({ previousMeetingId: meeting.id, heldOn: v.heldOn.format('YYYY-MM-DD') })}
        onDone={(r) => {
          setNextOpen(false);
          navigate(`/meetings/${r.createMeetingFromPrevious.id}`);
        }}
      >
        <Form.Item name="heldOn" label={t('field.heldOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </div>
  );
}

function FiguresCard({ meeting, t }: { meeting: MeetingData; t: (key: string, params?: Record<string, unknown>) => string }) {
  const f = meeting.figures;
  return (
    <Card title={t('section.figures')} style={{ marginBottom: 16 }}>
      <Row gutter={[8, 8]}>
        <Col span={12}>
          <Statistic title={t('figures.closure')} value={f.issueClosure.percent} suffix="%" />
        </Col>
        <Col span={12}>
          <Statistic title={t('figures.onTime')} value={f.actionsOnTime.percent} suffix="%" />
        </Col>
        <Col span={12}>
          <Statistic title={t('figures.moved')} value={f.projectsMoved} />
        </Col>
        <Col span={12}>
          <Statistic title={t('figures.signed')} value={f.signed} />
        </Col>
      </Row>
    </Card>
  );
}

function ActionsCard({ meeting, t }: { meeting: MeetingData; t: (key: string, params?: Record<string, unknown>) => string }) {
  const complete = useCompleteAction();
  return (
    <Card title={t('section.actions')}>
      <List
        dataSource={meeting.actions}
        renderItem={(a) => (
          <List.Item
            extra={a.status === 'OPEN' ? <Button size="small" onClick={() => complete.mutateAsync(a.id)}>{t('actions.done')}</Button> : <Tag color="green">{t('actionStatus.DONE')}</Tag>}
          >
            <List.Item.Meta title={a.text} description={`${t('fmt.labelled', { label: t('field.owner'), value: a.owner?.displayName ?? '' })} · ${t('fmt.labelled', { label: t('field.dueOn'), value: a.dueOn })}`} />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Records an item: the discussion and decisions, an action item, and a close-out (销号) when the item is about an issue. */
export function RecordModal({ meeting, item, onClose, t }: { meeting: MeetingData; item: MeetingItemFieldsFragment; onClose: () => void; t: (key: string, params?: Record<string, unknown>) => string }) {
  const record = useRecordItem();
  const addAction = useAddAction();
  const closeOut = useCloseOutIssue();
  const people = useMeetingPeople();
  const isIssue = item.refKind === 'ISSUE' && item.kind !== 'ISSUE_CLOSED' && !meeting.closures.some((c) => c.issueId === item.refId);
  return (
    <FormModal<{ discussion?: string; decisions?: string; action?: string; ownerId?: string; dueOn?: Dayjs; resolution?: string }, unknown>
      open
      title={t('fmt.labelled', { label: t('actions.record'), value: item.title })}
      width={640}
      initialValues={{ discussion: item.discussion ?? '', decisions: item.decisions.join('\n') }}
      onCancel={onClose}
      onSubmit={async (v) => {
        await record.mutateAsync({ itemId: item.id, discussion: v.discussion ?? null, decisions: (v.decisions ?? '').split('\n').map((d) => d.trim()).filter(Boolean) });
        if (v.action?.trim())
          await addAction.mutateAsync({
            meetingId: meeting.id,
            itemId: item.id,
            text: v.action.trim(),
            ownerId: v.ownerId ?? null,
            dueOn: (v.dueOn ?? dayjs(meeting.heldOn).add(7, 'day')).format('YYYY-MM-DD'),
            projectId: item.refKind === 'ISSUE' ? null : (item.projectId ?? null),
            issueId: item.refKind === 'ISSUE' ? item.refId : null,
          });
        if (isIssue && v.resolution?.trim()) await closeOut.mutateAsync({ meetingId: meeting.id, itemId: item.id, issueId: item.refId!, resolution: v.resolution.trim() });
        return true;
      }}
      onDone={onClose}
    >
      <Form.Item name="discussion" label={t('field.discussion')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="decisions" label={t('field.decisions')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="action" label={t('field.action')}>
        <Input maxLength={500} />
      </Form.Item>
      <Space>
        <Form.Item name="ownerId" label={t('field.owner')}>
          <Select style={{ width: 200 }} showSearch optionFilterProp="label" options={(people.data?.users ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.displayName }))} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('field.dueOn')}>
          <DatePicker />
        </Form.Item>
      </Space>
      {isIssue ? (
        <Form.Item name="resolution" label={`${t('actions.closeOut')} · ${t('field.resolution')}`}>
          <Input.TextArea rows={2} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
