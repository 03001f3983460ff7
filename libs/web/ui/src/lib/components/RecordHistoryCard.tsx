import { HistoryOutlined } from '@ant-design/icons';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeHistory, type ChangeEntry } from './ChangeHistory';
import { QueryState } from './QueryState';

export interface RecordHistoryCardProps {
  /** Where the history is kept in the query cache: under the record's own key, so that its changes read it again. */
  queryKey: QueryKey;
  /** Reads the record's history (the API's `history` field of the record). */
  load: () => Promise<readonly ChangeEntry[]>;
  entityLabel?: (entityType: string) => string;
}

/** 变更记录: a record's field history from the audit trail, read when first opened. */
export function RecordHistoryCard({ queryKey, load, entityLabel }: RecordHistoryCardProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useQuery({ queryKey, queryFn: load, enabled: open });
  return (
    <Card
      title={t('audit.title')}
      extra={
        <Button size="small" icon={<HistoryOutlined />} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('audit.hide') : t('audit.show')}
        </Button>
      }
    >
      {open && <QueryState query={history}>{(entries) => <ChangeHistory entries={entries} entityLabel={entityLabel} />}</QueryState>}
    </Card>
  );
}
