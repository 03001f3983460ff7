import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InteractionFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState, errorMessage } from '@chainboard/web-ui';
import { ContactFormModal } from './ContactFormModal';
import { useDeleteInteraction } from './hooks';
import { CRM_NS } from '../../i18n';

export interface ContactsTimelineProps {
  contacts: readonly InteractionFieldsFragment[];
  /** Show which lead each contact was on (on a company's timeline). */
  showLead?: boolean;
  /** Show edit and delete on each contact. */
  canEdit?: boolean;
}

/** The contacts timeline (联系记录), newest first as the API sends it. */
export function ContactsTimeline({ contacts, showLead = false, canEdit = false }: ContactsTimelineProps) {
  const { t } = useTranslation(CRM_NS);
  const { message } = App.useApp();
  const remove = useDeleteInteraction();
  const [editing, setEditing] = useState<InteractionFieldsFragment | null>(null);

  if (contacts.length === 0) return <EmptyState description={t('contact.empty')} />;

  const items = contacts.map((c) => ({
    key: c.id,
    content: (
      <Flex vertical gap={4} data-testid="contact">
        <Flex gap="small" align="center" wrap>
          <Typography.Text strong>{c.occurredOn}</Typography.Text>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t(`interactionType.${c.type}`)}
          </Tag>
          {showLead && c.lead && <Link to={`/leads/${c.lead.id}`}>{c.lead.title}</Link>}
          {c.createdBy && <Typography.Text type="secondary">{t('contact.loggedBy', { name: c.createdBy.displayName })}</Typography.Text>}
          {canEdit && (
            <>
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('contact.edit', { date: c.occurredOn })} onClick={() => setEditing(c)} />
              <Popconfirm
                title={t('contact.confirmDelete')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutate(c.id, {
                    onSuccess: () => message.success(t('common.deleted')),
                    onError: (error) => message.error(errorMessage(error, t)),
                  })
                }
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('contact.delete', { date: c.occurredOn })} />
              </Popconfirm>
            </>
          )}
        </Flex>
        <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{c.summary}</Typography.Paragraph>
        {(c.ourPeople || c.theirPeople) && (
          <Typography.Text type="secondary">
            {[c.ourPeople && t('contact.ours', { people: c.ourPeople }), c.theirPeople && t('contact.theirs', { people: c.theirPeople })].filter(Boolean).join(' · ')}
          </Typography.Text>
        )}
        {c.outcome && <Typography.Text>{t('contact.outcomeLine', { text: c.outcome })}</Typography.Text>}
        {c.nextStep && <Typography.Text>{t('contact.nextStepLine', { text: c.nextStep })}</Typography.Text>}
      </Flex>
    ),
  }));

  return (
    <>
      <Timeline items={items} />
      <ContactFormModal open={editing !== null} contact={editing} target={{}} onClose={() => setEditing(null)} />
    </>
  );
}
