import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LeadSummaryFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState } from '@chainboard/web-ui';
import { formatInvestment } from './format';
import { ConfidentialTag, DemoTag, LeadAlertTags, LeadStatusTag } from './tags';
import { CRM_NS } from '../../i18n';

export interface LeadListProps {
  leads: readonly LeadSummaryFieldsFragment[];
  /** Show each lead's company (not on a company's own page). */
  showCompany?: boolean;
  empty?: string;
}

/**
 * Leads as a compact list: title (or code name, for a masked confidential lead), status, chain, owner, next
 * action and what it needs today. A masked lead shows nothing that identifies the company.
 */
export function LeadList({ leads, showCompany = true, empty }: LeadListProps) {
  const { t } = useTranslation(CRM_NS);
  const { token } = theme.useToken();
  if (leads.length === 0) return <EmptyState description={empty ?? t('lead.empty')} />;
  return (
    <Flex vertical role="list">
      {leads.map((lead, i) => (
        <Flex
          key={lead.id}
          vertical
          gap={2}
          role="listitem"
          data-testid="lead-item"
          style={{ padding: `${token.paddingXS}px 0`, borderTop: i === 0 ? undefined : `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex gap="small" align="center" wrap>
            <Link to={`/leads/${lead.id}`} style={{ fontWeight: 500 }}>
              {lead.title}
            </Link>
            {lead.confidential && <ConfidentialTag masked={lead.masked} />}
            {lead.isDemo && <DemoTag />}
            <LeadStatusTag status={lead.status} />
            <LeadAlertTags alerts={lead.timing.alerts} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              showCompany && !lead.masked && lead.company ? lead.company.name : null,
              lead.chain.name,
              lead.owner ? t('lead.ownerLine', { name: lead.owner.displayName }) : null,
              lead.intendedInvestment && !lead.masked ? formatInvestment(lead.intendedInvestment, t) : null,
              t('lead.daysSinceContact', { count: lead.timing.daysSinceContact }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          {lead.nextAction && (
            <Typography.Text style={{ fontSize: 13 }} type={lead.timing.nextActionOverdue ? 'danger' : undefined}>
              {lead.nextActionDue ? t('lead.nextActionDue', { action: lead.nextAction, due: lead.nextActionDue }) : t('lead.nextActionLine', { action: lead.nextAction })}
            </Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
