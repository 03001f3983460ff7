import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Highlighted, LeadStatusTag } from '@chainboard/web-crm';
import type { SearchHit } from '../search';
import { LEADS_TEXTS } from '../../i18n';

/** One search result: its title with the matched words marked, the detail (alias, or the company), and its kind's facts. */
export function SearchHitView({ hit, compact = false }: { hit: SearchHit; compact?: boolean }) {
  const { t } = useTranslation(LEADS_TEXTS);
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }} data-testid="search-hit">
      <Flex gap={6} align="center" wrap={!compact}>
        <Typography.Text ellipsis={compact} style={{ maxWidth: compact ? 320 : undefined }}>
          <Highlighted text={hit.title} ranges={hit.titleHighlights} />
        </Typography.Text>
        {hit.lead && <LeadStatusTag status={hit.lead.status} />}
        {hit.contact && (
          <Tag style={{ marginInlineEnd: 0 }}>{`${t(`interactionType.${hit.contact.type}`)} ${hit.contact.occurredOn}`}</Tag>
        )}
      </Flex>
      {hit.detail && (
        <Typography.Text type="secondary" ellipsis={compact} style={{ fontSize: 12 }}>
          <Highlighted text={hit.detail} ranges={hit.detailHighlights} />
        </Typography.Text>
      )}
    </Flex>
  );
}
