import { HistoryOutlined } from '@ant-design/icons';
import { hashKey, useQuery, type QueryKey } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeHistory, type ChangeEntry } from './ChangeHistory';
import { QueryState } from './QueryState';
import { SubListPager, useSubListPage } from './SubListPager';
import { previousPageOf } from '../sub-list-placeholder';

/** One page of a record's history: its entries in the window asked for, and how many it holds in all. */
export interface RecordHistoryPage {
  entries: readonly ChangeEntry[];
  total: number;
}

export interface RecordHistoryCardProps {
  /** Where the history is kept in the query cache: under the record's own key, so that its changes read it again. */
  queryKey: QueryKey;
  /** Reads one window of the record's history (the API's `history(limit, offset)` and `historyCount` of the record). */
  load: (window: { limit: number; offset: number }) => Promise<RecordHistoryPage>;
  entityLabel?: (entityType: string) => string;
}

/** 变更记录: a record's field history from the audit trail, read when first opened, a page at a time. */
export function RecordHistoryCard({ queryKey, load, entityLabel }: RecordHistoryCardProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const subList = useSubListPage(undefined, hashKey(queryKey));
  const history = useQuery({
    queryKey: [...queryKey, subList.limit, subList.offset],
    queryFn: () => load({ limit: subList.limit, offset: subList.offset }),
    enabled: open,
    placeholderData: previousPageOf(queryKey),
  });
  return (
    <Card
      title={t('audit.title')}
      extra={
        <Button size="small" icon={<HistoryOutlined />} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('audit.hide') : t('audit.show')}
        </Button>
      }
    >
      {open && (
        <QueryState query={history}>
          {(page) => (
            <>
              <ChangeHistory entries={page.entries} entityLabel={entityLabel} />
              <SubListPager total={page.total} window={subList} label={t('audit.pager')} />
            </>
          )}
        </QueryState>
      )}
    </Card>
  );
}
