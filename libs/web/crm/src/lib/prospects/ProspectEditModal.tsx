import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProspectFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { prospectEditValues, toUpdateProspectInput, type ProspectEditValues } from './forms';
import { useCrmChains } from '../common/hooks';
import { useUpdateProspect } from './hooks';
import { ProspectFields } from './ProspectFields';
import { CRM_NS } from '../../i18n';

/** Edits a prospect (目标企业): its priority, the staff member who pursues it and the reason. Open while `prospect` is set. */
export function ProspectEditModal({ prospect, onClose }: { prospect: ProspectFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation(CRM_NS);
  const update = useUpdateProspect();
  const chains = useCrmChains();
  const chain = chains.data?.find((c) => c.id === prospect?.chain.id) ?? null;
  return (
    <FormModal<ProspectEditValues>
      open={prospect !== null}
      title={t('prospect.editTitle')}
      name="edit-prospect"
      initialValues={prospect ? prospectEditValues(prospect) : undefined}
      onSubmit={(values) => update.mutateAsync(toUpdateProspectInput(prospect as ProspectFieldsFragment, values))}
      successMessage={false}
      onDone={onClose}
      onCancel={onClose}
    >
      {prospect && <Typography.Paragraph type="secondary">{`${prospect.company.name} · ${prospect.chain.name} › ${prospect.node.name}`}</Typography.Paragraph>}
      <ProspectFields assignee={prospect?.assignee} chain={chain} />
    </FormModal>
  );
}
