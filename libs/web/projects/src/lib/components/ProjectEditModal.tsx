import { Alert, Button, Flex, Form, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@chainboard/domain';
import { useChainNodes, useCrmChains } from '@chainboard/web-crm';
import { ApiError } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { useChainsForNewProjects } from '../access';
import { refetchProject, useProjectPeople, useUpdateProject, type ProjectDetail } from '../hooks';
import { changedFields, projectFormValues, sentValue, toUpdateInput, type EditableField, type ProjectFormValues } from '../project-form';
import { changeValue } from '../timeline';
import { ProjectFormFields } from './ProjectFormFields';
import { PROJECTS_TEXTS } from '../../i18n';

/** A conflict: the project as someone else saved it, and what this user wanted to save. */
interface Conflict {
  newer: ProjectDetail;
  mine: ProjectFormValues;
  /** The fields someone else changed since the form opened. */
  theirs: EditableField[];
  /** The fields this user changed. */
  yours: EditableField[];
}

type Names = (field: EditableField, values: Partial<ProjectFormValues>) => string;

/** A form value in words: people, units, chains, companies and nodes by name, amounts in 亿元, flags as yes/no. */
function useValueNames(conflict: Conflict | null, t: TFunction): Names {
  const people = useProjectPeople(conflict !== null);
  const chains = useCrmChains();
  const nodes = useChainNodes(conflict?.mine.chainId ?? null);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const u of people.data?.users ?? []) names.set(u.id, u.displayName);
    for (const d of people.data?.departments ?? []) names.set(d.id, d.name);
    for (const c of chains.data ?? []) names.set(c.id, c.name);
    for (const n of [...(nodes.data ?? []), ...(conflict?.newer.nodes ?? [])]) names.set(n.id, n.name);
    if (conflict?.newer.company) names.set(conflict.newer.company.id, conflict.newer.company.name);
    return (field, values) => {
      const value = sentValue(field, values);
      if (value === null || value === '') return t('common.none');
      if (Array.isArray(value)) return value.length ? value.map((id) => names.get(id) ?? t('conflict.unknown')).join(t('timeline.separator')) : t('common.none');
      if (typeof value === 'boolean') return value ? t('yes') : t('no');
      if (field.endsWith('Id')) return names.get(String(value)) ?? t('conflict.unknown');
      return changeValue(field, String(value), t);
    };
  }, [people.data, chains.data, nodes.data, conflict, t]);
}

export interface ProjectEditModalProps {
  project: ProjectDetail;
  open: boolean;
  onClose: () => void;
}

/**
 * Edits a project's key facts at the version it was read. When someone saved first, the API refuses (CONFLICT):
 * the dialog reads the project again and shows, field by field, what the other person saved beside what this user
 * typed; the user re-applies their changes on the newer version, or takes the newer values. Nothing is overwritten
 * silently: only the fields this user changed are sent.
 */
export function ProjectEditModal({ project, open, onClose }: ProjectEditModalProps) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const queryClient = useQueryClient();
  const update = useUpdateProject();
  const chains = useChainsForNewProjects();
  const [form] = Form.useForm<ProjectFormValues>();
  const [opened, setOpened] = useState<{ version: number; values: ProjectFormValues } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const names = useValueNames(conflict, t);
  const base = opened ?? { version: project.version, values: projectFormValues(project) };
  // The project's own chain stays offered even when the user could not enter a new project on it.
  const chainOptions = useMemo(() => {
    const list = chains.data ?? [];
    return list.some((c) => c.id === project.chain.id) ? list : [{ id: project.chain.id, name: project.chain.name, leaderId: '', leadDepartmentId: '' }, ...list];
  }, [chains.data, project.chain]);

  const close = () => {
    setOpened(null);
    setConflict(null);
    onClose();
  };

  const submit = async (values: ProjectFormValues): Promise<ProjectDetail> => {
    const input = toUpdateInput(project.id, base.version, base.values, values);
    if (Object.keys(input).length === 2) return project;
    try {
      return await update.mutateAsync(input);
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.CONFLICT) {
        const newer = await refetchProject(queryClient, project.id);
        const newerValues = projectFormValues(newer);
        setConflict({ newer, mine: values, theirs: changedFields(base.values, newerValues), yours: changedFields(base.values, values) });
      }
      throw error;
    }
  };

  const reapply = () => {
    if (!conflict) return;
    const newerValues = projectFormValues(conflict.newer);
    // The newer values, with the user's own changes on top: what the other person saved and the user did not touch stays.
    const merged: ProjectFormValues = { ...newerValues, ...Object.fromEntries(conflict.yours.map((field) => [field, conflict.mine[field]])) };
    setOpened({ version: conflict.newer.version, values: newerValues });
    setConflict(null);
    form.setFieldsValue(merged);
    setTimeout(() => form.submit(), 0);
  };
  const takeNewer = () => {
    if (!conflict) return;
    const values = projectFormValues(conflict.newer);
    setOpened({ version: conflict.newer.version, values });
    form.setFieldsValue(values);
    setConflict(null);
  };

  const rows = conflict
    ? [...new Set([...conflict.theirs, ...conflict.yours])].map((field) => ({
        field,
        label: t(`project.fields.${field}`),
        theirs: names(field, projectFormValues(conflict.newer)),
        yours: names(field, conflict.mine),
        clash: conflict.theirs.includes(field) && conflict.yours.includes(field),
      }))
    : [];

  return (
    <FormModal<ProjectFormValues, ProjectDetail>
      open={open}
      form={form}
      name="projectEdit"
      width={820}
      title={t('project.editTitle')}
      initialValues={base.values}
      onCancel={close}
      onSubmit={submit}
      onDone={close}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('conflict.title', { name: conflict.newer.updatedBy?.displayName ?? t('conflict.someone'), version: conflict.newer.version })}
          description={
            <Flex vertical gap="small">
              <Typography.Text>{t('conflict.intro')}</Typography.Text>
              <Table
                size="small"
                rowKey="field"
                pagination={false}
                aria-label={t('conflict.tableLabel')}
                dataSource={rows}
                columns={[
                  { key: 'label', title: t('conflict.field'), render: (_v, r) => (r.clash ? <Typography.Text strong>{r.label}</Typography.Text> : r.label) },
                  { key: 'theirs', title: t('conflict.theirs'), dataIndex: 'theirs' },
                  { key: 'yours', title: t('conflict.yours'), dataIndex: 'yours' },
                ]}
              />
              <Flex gap="small" wrap>
                <Button type="primary" onClick={reapply}>
                  {t('conflict.reapply')}
                </Button>
                <Button onClick={takeNewer}>{t('conflict.takeNewer')}</Button>
              </Flex>
            </Flex>
          }
        />
      )}
      <ProjectFormFields
        mode="edit"
        chains={chainOptions}
        current={{
          company: project.company ? { id: project.company.id, name: project.company.name } : null,
          owner: project.owner ? { id: project.owner.id, name: project.owner.displayName } : null,
          leader: project.responsibleLeader ? { id: project.responsibleLeader.id, name: project.responsibleLeader.displayName } : null,
          unit: project.responsibleUnit ? { id: project.responsibleUnit.id, name: project.responsibleUnit.name } : null,
        }}
      />
    </FormModal>
  );
}
