import { LockOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompanyRole, LeadAlert, LeadStatus, Priority } from '@chainboard/web-graphql';
import { CRM_NS } from '../../i18n';

const STATUS_COLORS: Record<LeadStatus, string> = {
  NEW: 'blue',
  CONTACTED: 'cyan',
  VISITED: 'geekblue',
  NEGOTIATING: 'gold',
  CONVERTED: 'green',
  SHELVED: 'default',
  DROPPED: 'red',
};

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`leadStatus.${status}`)}
    </Tag>
  );
}

const ALERT_COLORS: Record<LeadAlert, string> = {
  FIRST_CONTACT_OVERDUE: 'red',
  ASSESSMENT_OVERDUE: 'volcano',
  NEXT_ACTION_OVERDUE: 'red',
  NEXT_ACTION_TODAY: 'orange',
  STALE: 'purple',
};

/** What an open lead needs today (overdue first contact, stale …), as small tags; nothing when all is well. */
export function LeadAlertTags({ alerts }: { alerts: readonly LeadAlert[] }) {
  const { t } = useTranslation(CRM_NS);
  if (alerts.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {alerts.map((alert) => (
        <Tag key={alert} color={ALERT_COLORS[alert]} style={{ marginInlineEnd: 0 }}>
          {t(`leadAlert.${alert}`)}
        </Tag>
      ))}
    </Flex>
  );
}

const PRIORITY_COLORS: Record<Priority, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'default' };

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Tag color={PRIORITY_COLORS[priority]} style={{ marginInlineEnd: 0 }}>
      {t(`priority.${priority}`)}
    </Tag>
  );
}

/** Marks a record invented for the demonstration (演示数据), so that nobody reads it as a fact of the plan. */
export function DemoTag() {
  const { t } = useTranslation(CRM_NS);
  return (
    <Tooltip title={t('demo.hint')}>
      <Tag color="gold" style={{ marginInlineEnd: 0 }}>
        {t('demo.tag')}
      </Tag>
    </Tooltip>
  );
}

/** Marks a confidential lead; "masked" says the reader sees only its code name. */
export function ConfidentialTag({ masked }: { masked?: boolean }) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Tag icon={<LockOutlined aria-hidden />} color={masked ? 'default' : 'magenta'} style={{ marginInlineEnd: 0 }}>
      {masked ? t('confidential.masked') : t('confidential.tag')}
    </Tag>
  );
}

const ROLE_COLORS: Record<CompanyRole, string> = { ANCHOR: 'gold', LOCAL: 'green', TARGET: 'blue' };

export function CompanyRoleTag({ role }: { role: CompanyRole }) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Tag color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
      {t(`companyRole.${role}`)}
    </Tag>
  );
}
