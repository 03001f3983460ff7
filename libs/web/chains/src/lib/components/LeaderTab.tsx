import { Descriptions, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLeaderCandidates, useReassignChainLeader } from '../hooks';
import { ReassignControl } from './ReassignControl';
import type { ChainDetail } from './types';
import { CHAINS_NS } from '../../i18n';

/** 链长: the chain's leader; an admin may make another chain or district leader its leader. */
export function LeaderTab({ chain, canReassign }: { chain: ChainDetail; canReassign: boolean }) {
  const { t } = useTranslation(CHAINS_NS);
  const { leader } = chain;
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'name', label: t('chains.leader.name'), children: leader.displayName },
          { key: 'role', label: t('chains.leader.role'), children: t(`roles.${leader.role}`) },
          { key: 'department', label: t('chains.leader.department'), children: leader.department?.name ?? t('common.none') },
        ]}
      />
      {canReassign && (
        <>
          <Divider />
          <ReassignLeader chain={chain} />
        </>
      )}
    </>
  );
}

function ReassignLeader({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation(CHAINS_NS);
  const candidates = useLeaderCandidates(true);
  const reassign = useReassignChainLeader(chain.id);
  const options = (candidates.data ?? [])
    .filter((user) => user.active || user.id === chain.leaderId)
    .map((user) => ({ value: user.id, label: t('chains.leader.option', { name: user.displayName, role: t(`roles.${user.role}`) }) }));

  return (
    <ReassignControl
      label={t('chains.leader.reassignLabel')}
      placeholder={t('chains.leader.reassignPlaceholder')}
      buttonText={t('chains.leader.reassign')}
      successText={t('chains.leader.reassigned')}
      currentId={chain.leaderId}
      options={options}
      loading={candidates.isPending}
      loadError={candidates.error}
      pending={reassign.isPending}
      onReassign={(leaderId) => reassign.mutateAsync(leaderId)}
    />
  );
}
