import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DemoTag, PriorityTag, ProspectEditModal } from '@chainboard/web-crm';
import type { ProspectFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState } from '@chainboard/web-ui';
import { COMPANIES_TEXTS } from '../../i18n';

export interface ProspectListProps {
  prospects: readonly ProspectFieldsFragment[];
  /** Whether the user may edit this prospect (the right depends on its chain); no edit control when left out. */
  canEdit?: (prospect: ProspectFieldsFragment) => boolean;
}

/** A company's prospects (目标企业), one per chain node: priority, node, assignee, reason, the lead it became. */
export function ProspectList({ prospects, canEdit = () => false }: ProspectListProps) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const [editing, setEditing] = useState<ProspectFieldsFragment | null>(null);

  if (prospects.length === 0) return <EmptyState description={t('prospect.empty')} />;

  return (
    <>
      <Flex vertical gap="small" role="list">
        {prospects.map((p) => (
          <Flex key={p.id} role="listitem" gap="small" align="center" wrap>
            <PriorityTag priority={p.priority} />
            {p.isDemo && <DemoTag />}
            <Typography.Text>{`${p.chain.name} › ${p.node.name}`}</Typography.Text>
            {p.assignee && <Typography.Text type="secondary">{t('prospect.assigneeLine', { name: p.assignee.displayName })}</Typography.Text>}
            {p.reason && <Typography.Text type="secondary">{p.reason}</Typography.Text>}
            {p.lead && <Link to={`/leads/${p.lead.id}`}>{t('prospect.leadLink', { title: p.lead.title })}</Link>}
            {canEdit(p) && (
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('prospect.edit', { name: p.company.name, node: p.node.name })} onClick={() => setEditing(p)} />
            )}
          </Flex>
        ))}
      </Flex>
      <ProspectEditModal prospect={editing} onClose={() => setEditing(null)} />
    </>
  );
}
