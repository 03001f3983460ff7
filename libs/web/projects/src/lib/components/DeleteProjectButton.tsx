import { useNavigate } from 'react-router-dom';
import { graphql, request, useInvalidatingMutation } from '@chainboard/web-graphql';
import { chainsAllowing, useCrmChains } from '@chainboard/web-crm';
import { DeleteToBinButton } from '@chainboard/web-ui';
import { useActor } from '../access';

export const deleteProjectMutation = graphql(`
  mutation DeleteProject($id: ID!) {
    deleteProject(id: $id)
  }
`);

/** A deleted project leaves every list, count, search and figure of the app: every query is read again. */
const EVERYTHING = [[]] as const;

/**
 * 删除: moves the project into the recycle bin (an admin restores it), for those whose project.delete reaches its
 * chain (the permissions table); shown to no one else. A masked project is not offered.
 */
export function DeleteProjectButton({ project }: { project: { id: string; name: string; masked: boolean; chain: { id: string } } }) {
  const navigate = useNavigate();
  const actor = useActor();
  const chains = useCrmChains();
  const remove = useInvalidatingMutation<string, string>(async (id) => (await request(deleteProjectMutation, { id })).deleteProject, EVERYTHING);
  const allowed = !project.masked && chainsAllowing(actor, 'project.delete', chains.data ?? []).some((c) => c.id === project.chain.id);
  if (!allowed) return null;
  return <DeleteToBinButton name={project.name} onDelete={() => remove.mutateAsync(project.id)} onDeleted={() => navigate('/projects')} />;
}
