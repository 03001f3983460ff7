import { companyKeys } from '@chainboard/web-crm';
import { graphql, request } from '@chainboard/web-graphql';
import { RecordHistoryCard } from '@chainboard/web-ui';

export const companyHistoryQuery = graphql(`
  query CompanyHistory($id: ID!) {
    company(id: $id) {
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

/** 变更记录 of a company (its list tags, map places and prospect entries included), under its detail key. */
export function CompanyHistoryCard({ companyId }: { companyId: string }) {
  return (
    <RecordHistoryCard queryKey={[...companyKeys.detail(companyId), 'history']} load={async () => (await request(companyHistoryQuery, { id: companyId })).company.history} />
  );
}
