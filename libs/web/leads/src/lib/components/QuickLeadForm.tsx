import { CheckCircleFilled } from '@ant-design/icons';
import { AutoComplete, Button, Checkbox, Flex, Form, Input, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { LEAD_LIMITS, COMPANY_LIMITS } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import {
  DuplicateHint,
  chainsAllowing,
  duplicateDecision,
  duplicateHints,
  useCompanyDuplicates,
  useCompanyOptions,
  useCrmChains,
  useDefaultChainId,
} from '@chainboard/web-crm';
import { serverFieldErrors } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { LAST_CHAIN_STORAGE_KEY, QUICK_LEAD_FIELDS, preferredChainId, toQuickLeadInput, type QuickLeadValues } from '../forms';
import { useCreateLead } from '../hooks';
import { LEADS_TEXTS } from '../../i18n';

function storedChainId(): string | null {
  try {
    return localStorage.getItem(LAST_CHAIN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function rememberChainId(chainId: string): void {
  try {
    localStorage.setItem(LAST_CHAIN_STORAGE_KEY, chainId);
  } catch {
    // Not remembered without storage; the next lead asks for the chain again.
  }
}

/**
 * Quick entry (快速录入): a lead in three fields — the company (an existing one picked from the suggestions, or a
 * new one by name), the chain and a title. Enter saves; then the lead's page opens, ready for a contact.
 */
export function QuickLeadForm() {
  const { t } = useTranslation(LEADS_TEXTS);
  const navigate = useNavigate();
  const { user } = useAuth();
  const chains = useCrmChains();
  const actor = user ? actorOf(user) : null;
  const own = useDefaultChainId(actor);
  const allowed = useMemo(() => chainsAllowing(user ? actorOf(user) : null, 'lead.edit', chains.data ?? []), [user, chains.data]);
  const [form] = Form.useForm<QuickLeadValues>();
  const create = useCreateLead();
  const companyName = Form.useWatch('companyName', form) ?? '';
  const companyId = Form.useWatch('companyId', form) ?? null;
  const [pickedName, setPickedName] = useState<string | null>(null);

  const options = useCompanyOptions(companyId ? '' : companyName);
  const duplicates = useCompanyDuplicates(companyId ? '' : companyName);
  const hints = duplicateHints(duplicates.data);
  const decision = companyId ? 'none' : duplicateDecision(hints);

  const suggestions = useMemo(() => {
    const seen = new Set<string>();
    return [...hints.map((d) => d.company), ...(options.data ?? [])]
      .filter((c) => (seen.has(c.name) ? false : (seen.add(c.name), true)))
      .slice(0, 8)
      .map((c) => ({ value: c.name, companyId: c.id, label: c.name }));
  }, [hints, options.data]);

  const use = (company: { id: string; name: string }) => {
    setPickedName(company.name);
    form.setFieldsValue({ companyName: company.name, companyId: company.id, allowDuplicate: false });
  };

  const onFinish = (values: QuickLeadValues) => {
    create.mutate(toQuickLeadInput(values), {
      onSuccess: (lead) => {
        rememberChainId(values.chainId);
        navigate(`/leads/${lead.id}`, { state: { created: true } });
      },
      onError: (error) => form.setFields(serverFieldErrors(error, QUICK_LEAD_FIELDS).fields),
    });
  };

  // The chains arrive after the form: preselect one then, unless the user has chosen already.
  const initialChain = preferredChainId(allowed, storedChainId(), own.chainId);
  useEffect(() => {
    if (initialChain && !form.getFieldValue('chainId')) form.setFieldValue('chainId', initialChain);
  }, [initialChain, form]);

  return (
    <Form<QuickLeadValues>
      form={form}
      layout="vertical"
      name="quick-lead"
      size="large"
      requiredMark={false}
      onFinish={onFinish}
      disabled={create.isPending}
      initialValues={{ chainId: initialChain, companyId: null }}
    >
      <Form.Item name="companyId" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="companyName"
        label={t('quickLead.company')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: t('quickLead.company') }) },
          { max: COMPANY_LIMITS.name, message: t('validation.tooLong', { field: t('quickLead.company'), max: COMPANY_LIMITS.name }) },
        ]}
        extra={
          companyId ? (
            <Typography.Text type="success">
              <CheckCircleFilled aria-hidden /> {t('quickLead.existing')} <Link to={`/companies/${companyId}`}>{pickedName ?? companyName}</Link>
            </Typography.Text>
          ) : companyName.trim() ? (
            t('quickLead.willCreate', { name: companyName.trim() })
          ) : (
            t('quickLead.companyHint')
          )
        }
      >
        <AutoComplete
          autoFocus
          options={suggestions}
          defaultActiveFirstOption={false}
          onChange={(text: string) => {
            if (companyId && text !== pickedName) form.setFieldsValue({ companyId: null });
          }}
          onSelect={(_value: string, option: { companyId: string; value: string }) => use({ id: option.companyId, name: option.value })}
          style={{ width: '100%' }}
        >
          <Input maxLength={COMPANY_LIMITS.name} autoComplete="off" placeholder={t('quickLead.companyPlaceholder')} />
        </AutoComplete>
      </Form.Item>
      {!companyId && hints.length > 0 && (
        <Flex vertical gap="small" style={{ marginBottom: 16 }}>
          <DuplicateHint duplicates={hints} onUse={use} />
          {decision === 'confirm' && (
            <Form.Item
              name="allowDuplicate"
              valuePropName="checked"
              style={{ marginBottom: 0 }}
              rules={[{ validator: async (_r, checked?: boolean) => (checked ? undefined : Promise.reject(new Error(t('duplicates.confirmRequired')))) }]}
            >
              <Checkbox>{t('duplicates.confirm')}</Checkbox>
            </Form.Item>
          )}
        </Flex>
      )}
      <Form.Item name="chainId" label={t('quickLead.chain')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('quickLead.chain') }) }]}>
        <Select
          loading={chains.isPending}
          placeholder={t('quickLead.chainPlaceholder')}
          options={allowed.map((c) => ({ value: c.id, label: c.name }))}
          notFoundContent={t('quickLead.noChains')}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('quickLead.title')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: t('quickLead.title') }) },
          { max: LEAD_LIMITS.title, message: t('validation.tooLong', { field: t('quickLead.title'), max: LEAD_LIMITS.title }) },
        ]}
      >
        <Input maxLength={LEAD_LIMITS.title} autoComplete="off" placeholder={t('quickLead.titlePlaceholder')} />
      </Form.Item>
      {serverFieldErrors(create.error, QUICK_LEAD_FIELDS).unmatched && (
        <Form.Item>
          <ErrorAlert error={create.error} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={create.isPending}>
        {t('quickLead.submit')}
      </Button>
    </Form>
  );
}
