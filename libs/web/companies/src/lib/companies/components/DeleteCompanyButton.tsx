import { useNavigate } from 'react-router-dom';
import { can } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { graphql, request, useInvalidatingMutation } from '@chainboard/web-graphql';
import { DeleteToBinButton } from '@chainboard/web-ui';

export const deleteCompanyMutation = graphql(`
  mutation DeleteCompany($id: ID!) {
    deleteCompany(id: $id)
  }
`);

/** A deleted company leaves every list, count and search of the app: every query is read again. */
const EVERYTHING = [[]] as const;

/**
 * 删除: moves the company into the recycle bin, for those who hold company.delete. The API refuses while live leads,
 * projects or prospects point at it, and says which.
 */
export function DeleteCompanyButton({ company }: { company: { id: string; name: string } }) {
  const navigate = useNavigate();
  const { user } = useAuth();
  const remove = useInvalidatingMutation<string, string>(async (id) => (await request(deleteCompanyMutation, { id })).deleteCompany, EVERYTHING);
  if (!user || !can(actorOf(user), 'company.delete')) return null;
  return <DeleteToBinButton name={company.name} onDelete={() => remove.mutateAsync(company.id)} onDeleted={() => navigate('/companies')} />;
}
