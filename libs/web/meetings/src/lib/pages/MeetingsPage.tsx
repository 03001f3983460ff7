import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Switch, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { MeetingSummaryFieldsFragment } from '@chainboard/web-graphql';
import { FormModal, ListPageHeader, QueryState } from '@chainboard/web-ui';
import { MEETINGS_TEXTS } from '../../i18n';
import { MyActionItemsCard } from '../components/MyActionItemsCard';
import { MEETINGS_PAGE_SIZE, useCreateMeeting, useMeetingPeople, useMeetings } from '../hooks';

interface NewMeetingValues {
  title: string;
  heldOn: Dayjs;
  place?: string;
  allChains: boolean;
  chainIds?: string[];
  chairId?: string;
  attendeeIds?: string[];
  guests?: string;
}

/** One guest a line, "Name (unit)", with ASCII or full-width brackets. */
export function parseGuests(text: string | undefined): Array<{ guestName: string; guestUnit: string | null }> {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.+?)\s*[\uff08(](.+)[\uff09)]$/.exec(line);
      return m ? { guestName: m[1], guestUnit: m[2] } : { guestName: line, guestUnit: null };
    });
}

/** The progress meetings (项目推进会), latest first, a page at a time with the total, and "new meeting". */
export function MeetingsPage() {
  const { t } = useTranslation(MEETINGS_TEXTS);
  const navigate = useNavigate();
  const { user } = useAuth();
  const [page, setPage] = useState(1);
  const [exactTotal, setExactTotal] = useState(false);
  const meetings = useMeetings(page, exactTotal);
  const people = useMeetingPeople();
  const create = useCreateMeeting();
  const [open, setOpen] = useState(false);
  const mayManage = user ? can(actorOf(user), 'meeting.manage') : false;

  return (
    <>
      <ListPageHeader
        title={t('title')}
        count={meetings.data?.total}
        countCapped={meetings.data?.totalCapped}
        onCountExactly={() => setExactTotal(true)}
        extra={
          mayManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('new')}
            </Button>
          ) : null
        }
      />
      <MyActionItemsCard hideWhenEmpty />
      <QueryState query={meetings}>
        {(data) => (
          <Table<MeetingSummaryFieldsFragment>
            rowKey="id"
            dataSource={data.items}
            pagination={{ current: page, pageSize: MEETINGS_PAGE_SIZE, total: data.total, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
            locale={{ emptyText: t('empty') }}
            columns={[
              { key: 'heldOn', title: t('field.heldOn'), dataIndex: 'heldOn', width: 120 },
              {
                key: 'title',
                title: t('field.title'),
                render: (_, m) => (
                  <>
                    <Link to={`/meetings/${m.id}`}>{m.title}</Link> {m.isDemo ? <Tag>{t('demo')}</Tag> : null}
                  </>
                ),
              },
              { key: 'scope', title: t('field.scope'), render: (_, m) => (m.allChains ? t('field.allChains') : m.chains.map((c) => c.name).join(', ')) },
              { key: 'chair', title: t('field.chair'), render: (_, m) => m.chair?.displayName ?? '' },
              { key: 'status', title: t('field.period'), render: (_, m) => `${m.periodFrom} — ${m.periodTo}` },
              { key: 'st', title: '', width: 100, render: (_, m) => <Tag color={m.status === 'HELD' ? 'default' : m.status === 'IN_PROGRESS' ? 'processing' : 'blue'}>{t(`status.${m.status}`)}</Tag> },
            ]}
          />
        )}
      </QueryState>
      <FormModal<NewMeetingValues, { createMeeting: { id: string } }>
        open={open}
        title={t('new')}
        initialValues={{ heldOn: dayjs(), allChains: false, title: t('title') }}
        onCancel={() => setOpen(false)}
        onSubmit={(values) =>
          create.mutateAsync({
            title: values.title,
            heldOn: values.heldOn.format('YYYY-MM-DD'),
            place: values.place ?? null,
            allChains: values.allChains,
            chainIds: values.allChains ? [] : (values.chainIds ?? []),
            chairId: values.chairId ?? null,
            attendees: [...(values.attendeeIds ?? []).map((userId) => ({ userId })), ...parseGuests(values.guests)],
          })
        }
        onDone={(result) => {
          setOpen(false);
          navigate(`/meetings/${result.createMeeting.id}`);
        }}
      >
        <Form.Item name="title" label={t('field.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('field.heldOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="place" label={t('field.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="allChains" label={t('field.allChains')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="chainIds" label={t('field.chains')}>
          <Select mode="multiple" options={(people.data?.chains ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="chairId" label={t('field.chair')}>
          <Select showSearch optionFilterProp="label" allowClear options={(people.data?.users ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.displayName }))} />
        </Form.Item>
        <Form.Item name="attendeeIds" label={t('field.attendees')}>
          <Select mode="multiple" optionFilterProp="label" options={(people.data?.users ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.displayName }))} />
        </Form.Item>
        <Form.Item name="guests" label={t('field.guests')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
