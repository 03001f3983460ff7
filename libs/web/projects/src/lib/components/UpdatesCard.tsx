import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { EmptyState, FormModal, QueryState, SubListPager, useSubListPage } from '@chainboard/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_LIMITS } from '@chainboard/domain';
import { useAddProjectUpdate, useProjectUpdates, type ProjectDetail } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

/** Progress updates (进展), newest first, a page at a time with their count; those who may edit the project add them. */
export function UpdatesCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const add = useAddProjectUpdate();
  const [adding, setAdding] = useState(false);
  const window = useSubListPage(undefined, project.id);
  const query = useProjectUpdates(project.id, window);
  return (
    <Card
      title={t('update.title')}
      extra={
        project.canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('update.add')}
          </Button>
        )
      }
    >
      <QueryState query={query}>
        {(page) =>
          page.updates.length === 0 ? (
            <EmptyState description={t('update.empty')} />
          ) : (
            <>
              <Flex vertical gap="small" component="ol" aria-label={t('update.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {page.updates.map((u) => (
                  <Flex key={u.id} vertical gap={2} component="li">
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{u.text}</Typography.Text>
                    <Typography.Text type="secondary">{[u.createdOn, u.author?.displayName].filter(Boolean).join(' · ')}</Typography.Text>
                  </Flex>
                ))}
              </Flex>
              <SubListPager total={page.updateCount} window={window} label={t('update.pager')} />
            </>
          )
        }
      </QueryState>
      <FormModal<{ text: string }, ProjectDetail>
        open={adding}
        name="progressUpdate"
        title={t('update.addTitle')}
        initialValues={{ text: '' }}
        onCancel={() => setAdding(false)}
        onDone={() => setAdding(false)}
        onSubmit={(values) => add.mutateAsync({ projectId: project.id, text: values.text.trim() })}
      >
        <Form.Item name="text" label={t('project.fields.text')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('project.fields.text') }) }]}>
          <Input.TextArea rows={4} maxLength={PROJECT_LIMITS.issueText} showCount placeholder={t('update.placeholder')} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
