import { DatePicker, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { ChainNodeSelect, CrmUserSelect, chainsAllowing, useCrmChains } from '@chainboard/web-companies';
import { serverFieldErrors } from '@chainboard/web-graphql';
import type { LeadDetailFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { LEAD_SOURCES } from '../filters';
import { LEAD_FORM_FIELDS, LOCAL_DATE_FORMAT, investmentProblem, leadFormValues, toUpdateLeadInput, type LeadFormValues } from '../forms';
import { useUpdateLead } from '../hooks';

/** Edits a lead's fields (not its status: see StatusControl): title, chain and nodes, source, owner, investment, next action, confidentiality. */
export function LeadEditModal({ lead, open, onClose }: { lead: LeadDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const chains = useCrmChains();
  const allowed = useMemo(() => chainsAllowing(user ? actorOf(user) : null, 'lead.edit', chains.data ?? []), [user, chains.data]);
  const [form] = Form.useForm<LeadFormValues>();
  const chainId = Form.useWatch('chainId', form);
  const confidential = Form.useWatch('confidential', form);
  const update = useUpdateLead();

  useEffect(() => {
    if (!open) return;
    update.reset();
    form.resetFields();
    form.setFieldsValue(leadFormValues(lead));
  }, [open, lead, form]);

  const field = (name: string) => t(`crm.lead.fields.${name}`);
  const onFinish = (values: LeadFormValues) =>
    update.mutate(toUpdateLeadInput(lead, values), {
      onSuccess: onClose,
      onError: (error) => form.setFields(serverFieldErrors(error, LEAD_FORM_FIELDS).fields),
    });

  return (
    <Modal
      open={open}
      title={t('crm.lead.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      style={{ maxWidth: 'calc(100vw - 16px)' }}
      destroyOnHidden
    >
      <Form<LeadFormValues> form={form} layout="vertical" name="edit-lead" onFinish={onFinish} disabled={update.isPending}>
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
              <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`crm.leadSource.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="ownerId" label={field('owner')}>
              <CrmUserSelect current={lead.owner} />
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
                    if (problem) throw new Error(t(`crm.lead.investmentProblem.${problem}`));
                  },
                },
              ]}
            >
              <Input inputMode="decimal" suffix={t('crm.money.unit')} maxLength={24} />
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
            <Form.Item name="confidential" label={field('confidential')} valuePropName="checked" extra={t('crm.lead.confidentialHint')}>
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
                <Input maxLength={LEAD_LIMITS.codeName} placeholder={t('crm.lead.codeNamePlaceholder')} />
              </Form.Item>
            </Col>
          )}
        </Row>
        {serverFieldErrors(update.error, LEAD_FORM_FIELDS).unmatched && <ErrorAlert error={update.error} />}
      </Form>
    </Modal>
  );
}
