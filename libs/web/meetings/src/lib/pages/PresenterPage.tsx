import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { MeetingItemFieldsFragment, MeetingQuery } from '@chainboard/web-graphql';
import { QueryState } from '@chainboard/web-ui';
import { MEETINGS_TEXTS } from '../../i18n';
import { keyStep, step } from '../agenda';
import { useMeeting, usePresenterProject } from '../hooks';
import { RecordModal } from './MeetingPage';

/**
 * The presenter view: the agenda item by item in large text, next and previous by keyboard (← → ↑ ↓, PageUp /
 * PageDown, space), the project's key facts and latest update beside the item, recording on the spot.
 */
export function PresenterPage() {
  const { id = '' } = useParams();
  const query = useMeeting(id);
  return <QueryState query={query}>{(data) => <Presenter meeting={data.meeting} />}</QueryState>;
}

function Presenter({ meeting }: { meeting: MeetingQuery['meeting'] }) {
  const { t } = useTranslation(MEETINGS_TEXTS);
  const navigate = useNavigate();
  const [index, setIndex] = useState(0);
  const [recording, setRecording] = useState(false);
  const count = meeting.items.length;
  const item: MeetingItemFieldsFragment | undefined = meeting.items[Math.min(index, Math.max(0, count - 1))];
  const go = useCallback((delta: -1 | 1) => setIndex((i) => step(i, count, delta)), [count]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (recording || (e.target instanceof HTMLElement && ['INPUT', 'TEXTAREA'].includes(e.target.tagName))) return;
      if (e.key === 'Escape') return navigate(`/meetings/${meeting.id}`);
      const delta = keyStep(e.key);
      if (delta) {
        e.preventDefault();
        go(delta);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, navigate, meeting.id, recording]);

  if (!item) return <Typography.Title>{t('presenter.noItems')}</Typography.Title>;
  const actions = meeting.actions.filter((a) => a.itemId === item.id);
  return (
    <div role="region" aria-label={t('actions.present')} style={{ minHeight: '80vh', padding: 24, fontSize: 22 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 18 }}>
          {meeting.title} · {t('presenter.of', { n: index + 1, total: count })}
        </Typography.Text>
        <Flex gap={8}>
          {!meeting.frozen && meeting.canRecord ? <Button onClick={() => setRecording(true)}>{t('actions.record')}</Button> : null}
          <Button onClick={() => navigate(`/meetings/${meeting.id}`)}>{t('actions.exit')}</Button>
        </Flex>
      </Flex>
      <Tag style={{ fontSize: 18, padding: '4px 12px', marginTop: 24 }}>{t(`kind.${item.kind}`)}</Tag>
      {item.carriedCount > 0 ? <Tag color="orange" style={{ fontSize: 18, padding: '4px 12px' }}>{t('carried', { count: item.carriedCount })}</Tag> : null}
      <Typography.Title level={1} style={{ fontSize: 44, marginTop: 16 }}>
        {item.title}
      </Typography.Title>
      {item.summary ? <Typography.Paragraph style={{ fontSize: 28 }}>{item.summary}</Typography.Paragraph> : null}
      {item.projectId ? <ProjectFacts projectId={item.projectId} /> : null}
      {item.discussion ? <Typography.Paragraph style={{ fontSize: 24 }}>{t('fmt.labelled', { label: t('field.discussion'), value: item.discussion })}</Typography.Paragraph> : null}
      {item.decisions.map((d) => (
        <Typography.Paragraph key={d} strong style={{ fontSize: 24 }}>
          {d}
        </Typography.Paragraph>
      ))}
      {actions.map((a) => (
        <Typography.Paragraph key={a.id} style={{ fontSize: 22 }}>
          {t('fmt.action', { text: a.text, owner: a.owner?.displayName ?? '', dueOn: a.dueOn })}
        </Typography.Paragraph>
      ))}
      <Flex justify="space-between" align="center" style={{ marginTop: 32 }}>
        <Button size="large" icon={<LeftOutlined />} disabled={index === 0} onClick={() => go(-1)} aria-label={t('actions.moveUp')} />
        <Typography.Text type="secondary">{t('presenter.hint')}</Typography.Text>
        <Button size="large" icon={<RightOutlined />} disabled={index >= count - 1} onClick={() => go(1)} aria-label={t('actions.moveDown')} />
      </Flex>
      {recording ? <RecordModal meeting={meeting} item={item} onClose={() => setRecording(false)} t={t} /> : null}
    </div>
  );
}

function ProjectFacts({ projectId }: { projectId: string }) {
  const { t } = useTranslation(MEETINGS_TEXTS);
  const project = usePresenterProject(projectId);
  const p = project.data?.project;
  if (!p) return null;
  return (
    <>
      <Descriptions title={t('presenter.facts')} column={3} size="middle" labelStyle={{ fontSize: 20 }} contentStyle={{ fontSize: 20 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('presenter.stage')}>{t(`stage.${p.stage}`)}</Descriptions.Item>
        <Descriptions.Item label={t('presenter.light')}>{p.light ? t(`light.${p.light}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('presenter.owner')}>{p.owner?.displayName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('presenter.investment')}>{p.agreedInvestment ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('presenter.funds')}>{p.fundsInPlace ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.chains')}>{p.chain.name}</Descriptions.Item>
      </Descriptions>
      {p.latestUpdate ? (
        <Typography.Paragraph style={{ fontSize: 24 }}>
          <Typography.Text strong>{t('fmt.dated', { label: t('presenter.latest'), date: p.latestUpdate.createdOn })}</Typography.Text>
          {p.latestUpdate.text}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
