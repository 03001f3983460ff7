import { graphql, request } from '@chainboard/web-graphql';
import { RecordHistoryCard } from '@chainboard/web-ui';
import { leadKeys } from '../hooks';

export const leadHistoryQuery = graphql(`
  query LeadHistory($id: ID!, $limit: Int!, $offset: Int!) {
    lead(id: $id) {
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

/** 变更记录 of a lead (its nodes and contacts included), under its detail key; not offered for a masked lead. */
export function LeadHistoryCard({ leadId }: { leadId: string }) {
  return (
    <RecordHistoryCard
      queryKey={[...leadKeys.detail(leadId), 'history']}
      load={async (window) => {
        const { lead } = await request(leadHistoryQuery, { id: leadId, ...window });
        return { entries: lead.history, total: lead.historyCount };
      }}
    />
  );
}
