import { HistoryOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, request } from '@chainboard/web-graphql';
import { ChangeHistory, QueryState } from '@chainboard/web-ui';
import { projectKeys } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

/** A project's field history from the audit trail, its funds, milestones, updates, issues and stage log included. */
export const projectHistoryQuery = graphql(`
  query ProjectHistory($id: ID!) {
    project(id: $id) {
      id
      history {
        id
        at
        action
        operation
        entityType
        before
        after
        actor {
          id
          displayName
        }
      }
    }
  }
`);

/** Under the project's detail key, so that every change to the project reads it again. */
export const projectHistoryKey = (id: string) => [...projectKeys.detail(id), 'history'] as const;

/** 变更记录: who changed which field of the project when, before and after; read when first opened. */
export function ProjectHistoryCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: projectHistoryKey(projectId),
    queryFn: async () => (await request(projectHistoryQuery, { id: projectId })).project.history,
    enabled: open,
  });
  return (
    <Card
      title={t('history.title')}
      extra={
        <Button size="small" icon={<HistoryOutlined />} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('history.hide') : t('history.show')}
        </Button>
      }
    >
      {open && (
        <QueryState query={history}>
          {(entries) => <ChangeHistory entries={entries} entityLabel={(type) => t(`history.types.${type}`, { defaultValue: type })} />}
        </QueryState>
      )}
    </Card>
  );
}
