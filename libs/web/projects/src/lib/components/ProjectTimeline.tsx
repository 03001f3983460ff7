import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@chainboard/web-ui';
import { timelineEntry, type ProjectEvent, type TimelineEntry } from '../timeline';
import { PROJECTS_TEXTS } from '../../i18n';

/**
 * The project's one timeline, newest first as the API sends it: stage moves, progress updates, coordination
 * issues, funds, milestones and field changes. A list whose entries are named by what happened (their headline).
 */
export function ProjectTimeline({ events }: { events: readonly ProjectEvent[] }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const { token } = theme.useToken();
  if (events.length === 0) return <EmptyState description={t('timeline.empty')} />;
  const entries = events.map((event) => timelineEntry(event, t));
  const dots: Record<TimelineEntry['color'], string> = {
    blue: token.colorPrimary,
    green: token.colorSuccess,
    red: token.colorError,
    gray: token.colorTextQuaternary,
    orange: token.colorWarning,
    purple: token.purple,
  };
  return (
    <ol aria-label={t('timeline.label')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entries.map((entry, index) => (
        <li key={entry.key} aria-label={entry.title} data-kind={entry.kind} style={{ display: 'flex', gap: 12, position: 'relative', paddingBottom: index === entries.length - 1 ? 0 : 16 }}>
          <span
            aria-hidden
            style={{
              flex: 'none',
              width: 10,
              height: 10,
              marginTop: 6,
              borderRadius: '50%',
              border: `2px solid ${dots[entry.color]}`,
              background: token.colorBgContainer,
            }}
          />
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text strong>{entry.title}</Typography.Text>
            {entry.lines.map((line, i) => (
              <Typography.Text key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {line}
              </Typography.Text>
            ))}
            <Typography.Text type="secondary">{[entry.on, entry.actor].filter(Boolean).join(' · ')}</Typography.Text>
          </Flex>
        </li>
      ))}
    </ol>
  );
}
