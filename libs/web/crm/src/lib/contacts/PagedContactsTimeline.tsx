import { useTranslation } from 'react-i18next';
import { QueryState, SubListPager, useSubListPage } from '@chainboard/web-ui';
import { ContactsTimeline } from './ContactsTimeline';
import { useContactsPage, type ContactsOf } from './hooks';
import { CRM_NS } from '../../i18n';

export interface PagedContactsTimelineProps {
  /** Whose timeline: a lead's or a company's. */
  of: ContactsOf;
  /** Show which lead each contact was on (on a company's timeline). */
  showLead?: boolean;
  /** Show edit and delete on each contact. */
  canEdit?: boolean;
}

/** A lead's or a company's contacts timeline a page at a time (newest first), with the count and a pager under it. */
export function PagedContactsTimeline({ of, showLead = false, canEdit = false }: PagedContactsTimelineProps) {
  const { t } = useTranslation(CRM_NS);
  const window = useSubListPage(undefined, 'leadId' in of ? of.leadId : of.companyId);
  const page = useContactsPage(of, window);
  return (
    <QueryState query={page}>
      {({ contacts, total }) => (
        <>
          <ContactsTimeline contacts={contacts} showLead={showLead} canEdit={canEdit} />
          <SubListPager total={total} window={window} label={t('contact.pager')} />
        </>
      )}
    </QueryState>
  );
}
