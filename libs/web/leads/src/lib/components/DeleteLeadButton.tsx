import { useNavigate } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { chainsAllowing, useCrmChains } from '@chainboard/web-crm';
import { graphql, request, useInvalidatingMutation } from '@chainboard/web-graphql';
import { DeleteToBinButton } from '@chainboard/web-ui';

export const deleteLeadMutation = graphql(`
  mutation DeleteLead($id: ID!) {
    deleteLead(id: $id)
  }
`);

/** A deleted lead leaves every list, count, search and figure of the app: every query is read again. */
const EVERYTHING = [[]] as const;

/** 删除: moves the lead into the recycle bin, for those whose lead.delete reaches its chain; a masked lead is not offered. */
export function DeleteLeadButton({ lead }: { lead: { id: string; title: string; masked: boolean; chain: { id: string } } }) {
  const navigate = useNavigate();
  const { user } = useAuth();
  const chains = useCrmChains();
  const remove = useInvalidatingMutation<string, string>(async (id) => (await request(deleteLeadMutation, { id })).deleteLead, EVERYTHING);
  const allowed = !lead.masked && chainsAllowing(user ? actorOf(user) : null, 'lead.delete', chains.data ?? []).some((c) => c.id === lead.chain.id);
  if (!allowed) return null;
  return <DeleteToBinButton name={lead.title} onDelete={() => remove.mutateAsync(lead.id)} onDeleted={() => navigate('/leads')} />;
}
