import { DatePicker, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { ChainNodeSelect, CrmUserSelect, chainsAllowing, useCrmChains } from '@chainboard/web-crm';
import type { LeadDetailFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { LEAD_SOURCES } from '../filters';
import { LOCAL_DATE_FORMAT, investmentProblem, leadFormValues, toUpdateLeadInput, type LeadFormValues } from '../forms';
import { useUpdateLead } from '../hooks';
import { LEADS_TEXTS } from '../../i18n';

/** Edits a lead's fields (not its status: see StatusControl): title, chain and nodes, source, owner, investment, next action, confidentiality. */
export function LeadEditModal({ lead, open, onClose }: { lead: LeadDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const { user } = useAuth();
  const chains = useCrmChains();
  const allowed = useMemo(() => chainsAllowing(user ? actorOf(user) : null, 'lead.edit', chains.data ?? []), [user, chains.data]);
  const [form] = Form.useForm<LeadFormValues>();
  const chainId = Form.useWatch('chainId', form);
  const chain = chains.data?.find((c) => c.id === chainId) ?? null;
  const confidential = Form.useWatch('confidential', form);
  const update = useUpdateLead();

  const field = (name: string) => t(`lead.fields.${name}`);

  return (
    <FormModal<LeadFormValues>
      open={open}
      form={form}
      title={t('lead.editTitle')}
      name="edit-lead"
      width={760}
      initialValues={leadFormValues(lead)}
      onSubmit={(values) => update.mutateAsync(toUpdateLeadInput(lead, values))}
      successMessage={false}
      onDone={onClose}
      onCancel={onClose}
    >
      <Form.Item
        name="title"
        label={field('title')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: field('title') }) },
          { max: LEAD_LIMITS.title, message: t('validation.tooLong', { field: field('title'), max: LEAD_LIMITS.title }) },
        ]}
      >
        <Input maxLength={LEAD_LIMITS.title} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="chainId" label={field('chain')} rules={[{ required: true, message: t('validation.requiredSelect', { field: field('chain') }) }]}>
            <Select
              options={allowed.map((c) => ({ value: c.id, label: c.name }))}
              onChange={() => form.setFieldValue('nodeIds', [])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nodeIds" label={field('nodes')}>
            <ChainNodeSelect chainId={chainId} multiple />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="source" label={field('source')} rules={[{ required: true }]}>
            <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`leadSource.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ownerId" label={field('owner')}>
            <CrmUserSelect current={lead.owner} chain={chain} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="intendedInvestment"
            label={field('intendedInvestment')}
            rules={[
              {
                validator: async (_r, value?: string | null) => {
                  const problem = investmentProblem(value);
                  if (problem) throw new Error(t(`lead.investmentProblem.${problem}`));
                },
              },
            ]}
          >
            <Input inputMode="decimal" suffix={t('money.unit')} maxLength={24} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nextActionDue" label={field('nextActionDue')}>
            <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="nextAction"
        label={field('nextAction')}
        rules={[{ max: LEAD_LIMITS.nextAction, message: t('validation.tooLong', { field: field('nextAction'), max: LEAD_LIMITS.nextAction }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={LEAD_LIMITS.nextAction} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="confidential" label={field('confidential')} valuePropName="checked" extra={t('lead.confidentialHint')}>
            <Switch />
          </Form.Item>
        </Col>
        {confidential && (
          <Col xs={24} md={12}>
            <Form.Item
              name="codeName"
              label={field('codeName')}
              rules={[{ max: LEAD_LIMITS.codeName, message: t('validation.tooLong', { field: field('codeName'), max: LEAD_LIMITS.codeName }) }]}
            >
              <Input maxLength={LEAD_LIMITS.codeName} placeholder={t('lead.codeNamePlaceholder')} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
