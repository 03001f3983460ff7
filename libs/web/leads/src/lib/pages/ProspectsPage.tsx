import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canOnChain } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { ExportButton, ProspectEditModal, useCrmChains, useDefaultChainId, useExactTotal } from '@chainboard/web-crm';
import type { ProspectFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert, ListPageHeader, QueryState } from '@chainboard/web-ui';
import { ProspectFormModal } from '../components/ProspectFormModal';
import { ProspectFilterBar } from '../components/prospects/ProspectFilterBar';
import { ProspectTable } from '../components/prospects/ProspectTable';
import { useProspectList } from '../components/prospects/use-prospect-list';
import { useProspects } from '../hooks';
import { prospectListChainId } from '../prospects';
import { LEADS_TEXTS } from '../../i18n';

/** The export's columns this table shows (the credit code and the date added are there to tick). */
const PROSPECT_EXPORT_COLUMNS = ['company', 'chain', 'node', 'priority', 'assignee', 'reason', 'converted'] as const;

/**
 * /prospects?chain=…&node=… — the prospects (目标企业) of a chain, or of one of its nodes; add one, or turn one into a
 * lead. Without a chain in the address the list opens on the signed-in user's own chain.
 */
export function ProspectsPage() {
  const { t } = useTranslation(LEADS_TEXTS);
  const { user } = useAuth();
  const actor = user ? actorOf(user) : null;
  const chains = useCrmChains();
  const own = useDefaultChainId(actor);
  const list = useProspectList(prospectListChainId(own.chainId, chains.data ?? []));
  const counted = useExactTotal(list.input);
  const prospects = useProspects(counted.input, list.chainId !== null);
  const chain = chains.data?.find((c) => c.id === list.chainId) ?? null;
  const canEdit = Boolean(actor && chain && canOnChain(actor, 'prospect.edit', chain));
  const canConvert = Boolean(actor && chain && canOnChain(actor, 'lead.edit', chain));
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ProspectFieldsFragment | null>(null);

  return (
    <QueryState query={chains} isEmpty={() => false}>
      {(all) => (
        <Flex vertical gap="middle">
          <ListPageHeader
            title={t('prospect.listTitle')}
            extra={
              list.chainId && (
                <>
                  <ExportButton table="PROSPECTS" input={list.input} visibleColumns={PROSPECT_EXPORT_COLUMNS} total={prospects.data?.total} totalCapped={prospects.data?.totalCapped} />
                  {canEdit && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                      {t('prospect.add')}
                    </Button>
                  )}
                </>
              )
            }
            filters={<ProspectFilterBar chains={all} list={list} />}
          />
          <ErrorAlert error={prospects.error} />
          <ProspectTable list={list} page={prospects.data} onCountExactly={counted.countExactly} loading={prospects.isFetching} canEdit={canEdit} canConvert={canConvert} onEdit={setEditing} />
          {canEdit && list.chainId && <ProspectFormModal chainId={list.chainId} nodeId={list.nodeId} open={adding} onClose={() => setAdding(false)} />}
          {canEdit && <ProspectEditModal prospect={editing} onClose={() => setEditing(null)} />}
        </Flex>
      )}
    </QueryState>
  );
}
