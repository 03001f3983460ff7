import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { graphql, request, useInvalidatingMutation } from '@chainboard/web-graphql';
import { chainsAllowing, useCrmChains } from '@chainboard/web-crm';
import { errorMessage } from '@chainboard/web-ui';
import { useActor } from '../access';
import { PROJECTS_TEXTS } from '../../i18n';

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
  const { t } = useTranslation(PROJECTS_TEXTS);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const actor = useActor();
  const chains = useCrmChains();
  const remove = useInvalidatingMutation<string, string>(async (id) => (await request(deleteProjectMutation, { id })).deleteProject, EVERYTHING);
  const allowed = !project.masked && chainsAllowing(actor, 'project.delete', chains.data ?? []).some((c) => c.id === project.chain.id);
  if (!allowed) return null;
  return (
    <Popconfirm
      title={t('remove.confirm', { name: project.name })}
      okText={t('remove.button')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={async () => {
        try {
          await remove.mutateAsync(project.id);
          message.success(t('remove.done'));
          navigate('/projects');
        } catch (e) {
          message.error(errorMessage(e, t));
        }
      }}
    >
      <Button danger icon={<DeleteOutlined />}>
        {t('remove.button')}
      </Button>
    </Popconfirm>
  );
}
