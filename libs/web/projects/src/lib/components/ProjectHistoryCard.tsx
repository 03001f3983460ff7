import { useTranslation } from 'react-i18next';
import { graphql, request } from '@chainboard/web-graphql';
import { RecordHistoryCard } from '@chainboard/web-ui';
import { projectKeys } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

/** A project's field history from the audit trail, its funds, milestones, updates, issues and stage log included. */
export const projectHistoryQuery = graphql(`
  query ProjectHistory($id: ID!, $limit: Int!, $offset: Int!) {
    project(id: $id) {
      id
      historyCount
      history(limit: $limit, offset: $offset) {
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

/** 变更记录 of a project: under its detail key, so that every change to the project reads it again. */
export function ProjectHistoryCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  return (
    <RecordHistoryCard
      queryKey={[...projectKeys.detail(projectId), 'history']}
      load={async (window) => {
        const { project } = await request(projectHistoryQuery, { id: projectId, ...window });
        return { entries: project.history, total: project.historyCount };
      }}
      entityLabel={(type) => t(`history.types.${type}`, { defaultValue: type })}
    />
  );
}
