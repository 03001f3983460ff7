import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ConfidentialTag, ContactFormModal, DemoTag, PagedContactsTimeline, LeadAlertTags, LeadStatusTag, formatDateTime, formatInvestment } from '@chainboard/web-crm';
import type { LeadDetailFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert, PageLoading } from '@chainboard/web-ui';
import { ConvertButton } from '../components/ConvertButton';
import { DeleteLeadButton } from '../components/DeleteLeadButton';
import { LeadHistoryCard } from '../components/LeadHistoryCard';
import { LeadEditModal } from '../components/LeadEditModal';
import { StatusControl } from '../components/StatusControl';
import { useLead } from '../hooks';
import { isClosedStatus } from '../status';
import { LEADS_TEXTS } from '../../i18n';

/** /leads/:id — a lead: its fields, status and allowed moves, timing, nodes, next action, and the contacts timeline. */
export function LeadPage() {
  const { t } = useTranslation(LEADS_TEXTS);
  const { id = '' } = useParams<{ id: string }>();
  const query = useLead(id);
  const breadcrumb = (title?: string) => (
    <Breadcrumb items={[{ title: <Link to="/leads">{t('nav.leads')}</Link> }, ...(title ? [{ title }] : [])]} />
  );
  if (query.isPending) return <PageLoading />;
  if (query.error) {
    return (
      <Flex vertical gap="middle">
        {breadcrumb()}
        <ErrorAlert error={query.error} />
      </Flex>
    );
  }
  return <LeadContent lead={query.data} breadcrumb={breadcrumb(query.data.title)} />;
}

function TimingLine({ label, due, doneOn, overdue }: { label: string; due: string; doneOn?: string | null; overdue: boolean }) {
  const { t } = useTranslation(LEADS_TEXTS);
  return (
    <Flex gap="small" align="center" wrap>
      <Typography.Text>{t('lead.timing.due', { label, date: due })}</Typography.Text>
      {doneOn ? (
        <Tag color="green" style={{ marginInlineEnd: 0 }}>
          {t('lead.timing.doneOn', { date: doneOn })}
        </Tag>
      ) : overdue ? (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('lead.timing.overdue')}
        </Tag>
      ) : null}
    </Flex>
  );
}

function LeadContent({ lead, breadcrumb }: { lead: LeadDetailFieldsFragment; breadcrumb: React.ReactNode }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const location = useLocation();
  const navigate = useNavigate();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [editing, setEditing] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const none = t('common.none');
  const timing = lead.timing;
  const closed = isClosedStatus(lead.status);

  const fields = [
    {
      key: 'company',
      label: t('lead.fields.company'),
      children: lead.masked ? t('confidential.hidden') : lead.company ? <Link to={`/companies/${lead.company.id}`}>{lead.company.name}</Link> : none,
    },
    { key: 'chain', label: t('lead.fields.chain'), children: <Link to={`/chains/${lead.chain.id}`}>{lead.chain.name}</Link> },
    {
      key: 'nodes',
      label: t('lead.fields.nodes'),
      children: lead.nodes.length ? (
        <Flex gap={4} wrap>
          {lead.nodes.map((n) => (
            <Tag key={n.id} style={{ marginInlineEnd: 0 }}>
              {n.name}
            </Tag>
          ))}
        </Flex>
      ) : (
        none
      ),
    },
    { key: 'source', label: t('lead.fields.source'), children: t(`leadSource.${lead.source}`) },
    { key: 'owner', label: t('lead.fields.owner'), children: lead.owner?.displayName ?? none },
    { key: 'intendedInvestment', label: t('lead.fields.intendedInvestment'), children: lead.masked ? t('confidential.hidden') : formatInvestment(lead.intendedInvestment, t) },
    {
      key: 'nextAction',
      label: t('lead.fields.nextAction'),
      children: lead.nextAction ? (
        <Flex vertical>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{lead.nextAction}</Typography.Text>
          {lead.nextActionDue && (
            <Typography.Text type={timing.nextActionOverdue ? 'danger' : timing.nextActionDueToday ? 'warning' : 'secondary'}>
              {t('lead.dueOn', { date: lead.nextActionDue })}
              {timing.nextActionOverdue ? ` · ${t('lead.timing.overdue')}` : timing.nextActionDueToday ? ` · ${t('lead.timing.today')}` : ''}
            </Typography.Text>
          )}
        </Flex>
      ) : (
        none
      ),
    },
    {
      key: 'confidential',
      label: t('lead.fields.confidential'),
      children: lead.confidential ? t('lead.confidentialWithCode', { code: lead.codeName || none }) : t('no'),
    },
    { key: 'createdOn', label: t('lead.fields.createdOn'), children: lead.createdOn },
    ...(lead.closeReason ? [{ key: 'closeReason', label: t('lead.fields.closeReason'), children: lead.closeReason }] : []),
    ...(lead.project
      ? [
          {
            key: 'project',
            label: t('lead.fields.project'),
            children: (
              <Link to={`/projects/${lead.project.id}`}>{`${lead.project.name} · ${t(`projectStage.${lead.project.stage}`)}`}</Link>
            ),
          },
        ]
      : []),
    { key: 'updatedAt', label: t('lead.fields.updatedAt'), children: formatDateTime(lead.updatedAt) },
  ];

  return (
    <Flex vertical gap="middle">
      {breadcrumb}
      {created && (
        <Alert
          type="success"
          showIcon
          title={t('lead.createdTitle')}
          description={t('lead.createdHint')}
          action={
            lead.canEdit ? (
              <Button size="small" type="primary" onClick={() => setAddingContact(true)}>
                {t('contact.add')}
              </Button>
            ) : undefined
          }
        />
      )}
      {lead.masked && <Alert type="info" showIcon title={t('confidential.maskedNotice')} />}
      <Flex justify="space-between" align="flex-start" gap="small" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {lead.title}
          </Typography.Title>
          <Flex gap="small" align="center" wrap>
            <LeadStatusTag status={lead.status} />
            {lead.confidential && <ConfidentialTag masked={lead.masked} />}
            {lead.isDemo && <DemoTag />}
            <LeadAlertTags alerts={timing.alerts} />
          </Flex>
        </Flex>
        {lead.canEdit && (
          <Flex gap="small" wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAddingContact(true)}>
              {t('contact.add')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <StatusControl lead={lead} />
            <ConvertButton lead={lead} />
          </Flex>
        )}
        <DeleteLeadButton lead={lead} />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('lead.detailsTitle')}>
            <Descriptions size="small" column={1} items={fields} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('lead.timing.title')}>
            <Flex vertical gap="small">
              <TimingLine label={t('lead.timing.firstContact')} due={timing.firstContactDue} doneOn={timing.firstContactOn} overdue={timing.firstContactOverdue} />
              <TimingLine label={t('lead.timing.assessment')} due={timing.assessmentDue} doneOn={timing.assessedOn} overdue={timing.assessmentOverdue} />
              <Typography.Text>
                {timing.lastContactOn ? t('lead.timing.lastContact', { date: timing.lastContactOn }) : t('lead.timing.noContact')}
              </Typography.Text>
              {!closed && (
                <Flex gap="small" align="center" wrap>
                  <Typography.Text>{t('lead.daysSinceContact', { count: timing.daysSinceContact })}</Typography.Text>
                  {timing.stale && (
                    <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                      {t('leadAlert.STALE')}
                    </Tag>
                  )}
                </Flex>
              )}
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('contact.timelineTitle', { count: lead.contactCount })}>
        {lead.masked ? (
          <Typography.Text type="secondary">{t('confidential.hidden')}</Typography.Text>
        ) : (
          <PagedContactsTimeline of={{ leadId: lead.id }} canEdit={lead.canEdit} />
        )}
      </Card>
      {!lead.masked && <LeadHistoryCard leadId={lead.id} />}
      {lead.canEdit && <LeadEditModal lead={lead} open={editing} onClose={() => setEditing(false)} />}
      {lead.canEdit && (
        <ContactFormModal
          open={addingContact}
          target={{ leadId: lead.id }}
          onClose={() => setAddingContact(false)}
          // Once the first contact is logged, the "lead saved" note has done its job.
          onSaved={() => created && navigate(location.pathname, { replace: true, state: null })}
        />
      )}
    </Flex>
  );
}
