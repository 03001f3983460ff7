import { companyKeys } from '@chainboard/web-crm';
import { graphql, request } from '@chainboard/web-graphql';
import { RecordHistoryCard } from '@chainboard/web-ui';

export const companyHistoryQuery = graphql(`
  query CompanyHistory($id: ID!, $limit: Int!, $offset: Int!) {
    company(id: $id) {
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

/** 变更记录 of a company (its list tags, map places and prospect entries included), under its detail key. */
export function CompanyHistoryCard({ companyId }: { companyId: string }) {
  return (
    <RecordHistoryCard
      queryKey={[...companyKeys.detail(companyId), 'history']}
      load={async (window) => {
        const { company } = await request(companyHistoryQuery, { id: companyId, ...window });
        return { entries: company.history, total: company.historyCount };
      }}
    />
  );
}
