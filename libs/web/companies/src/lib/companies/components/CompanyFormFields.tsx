import { Col, Form, Input, Row, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_LIMITS, creditCodeProblem, normalizeUscc, type Language } from '@chainboard/domain';
import { creditCodeFeedback, domainMessage } from '@chainboard/web-crm';
import { currentLanguage } from '@chainboard/web-ui';
import type { CompanyFormValues } from '../forms';
import { COMPANIES_TEXTS } from '../../../i18n';

/** What separates aliases typed in one go: commas, semicolons and the enumeration comma, of either width. */
const ALIAS_SEPARATORS = [',', '\uFF0C', ';', '\uFF1B', '\u3001'];

/** The credit-code field's status and help as it is typed: bad characters at once, then length and check character. */
function useCreditCodeStatus(typed: string | null | undefined): { validateStatus?: 'error' | 'success'; help?: string; extra?: string } {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const feedback = creditCodeFeedback(typed, currentLanguage());
  switch (feedback.state) {
    case 'invalid':
      return { validateStatus: 'error', help: feedback.message };
    case 'valid':
      return { validateStatus: 'success', extra: t('company.creditCodeValid') };
    case 'typing':
      return { extra: t('company.creditCodeTyping', { length: feedback.length }) };
    default:
      return {};
  }
}

/**
 * The fields of the company form (create and edit), with instant credit-code feedback. `duplicates` (the
 * possible-duplicates hint) shows right under the name and credit code it is about.
 */
export function CompanyFormFields({ autoFocus = false, duplicates }: { autoFocus?: boolean; duplicates?: ReactNode }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const form = Form.useFormInstance<CompanyFormValues>();
  const creditCode = Form.useWatch('creditCode', form);
  const creditStatus = useCreditCodeStatus(creditCode);
  const language: Language = currentLanguage();
  const tooLong = (field: string, max: number) => ({ max, message: t('validation.tooLong', { field: t(`company.fields.${field}`), max }) });

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="name"
          label={t('company.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('company.fields.name') }) }, tooLong('name', COMPANY_LIMITS.name)]}
        >
          <Input autoFocus={autoFocus} maxLength={COMPANY_LIMITS.name} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="creditCode"
          label={t('company.fields.creditCode')}
          hasFeedback
          validateStatus={creditStatus.validateStatus}
          help={creditStatus.help}
          extra={creditStatus.extra}
          rules={[
            {
              validator: async (_rule, value: string | null | undefined) => {
                const code = normalizeUscc(value ?? '');
                const problem = code ? creditCodeProblem(code) : null;
                if (problem) throw new Error(domainMessage(problem.key, problem.params, language));
              },
            },
          ]}
        >
          {/* A constant suffix keeps the input's structure when the feedback icon comes and goes, so it keeps the focus. */}
          <Input maxLength={COMPANY_LIMITS.creditCodeInput} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} suffix={<span />} />
        </Form.Item>
      </Col>
      {duplicates && <Col span={24}>{duplicates}</Col>}
      <Col xs={24} md={12}>
        <Form.Item name="englishName" label={t('company.fields.englishName')} rules={[tooLong('englishName', COMPANY_LIMITS.englishName)]}>
          <Input maxLength={COMPANY_LIMITS.englishName} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="aliases" label={t('company.fields.aliases')} tooltip={t('company.aliasesHint')}>
          <Select mode="tags" open={false} tokenSeparators={ALIAS_SEPARATORS} maxCount={COMPANY_LIMITS.aliases} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="province" label={t('company.fields.province')} rules={[tooLong('province', COMPANY_LIMITS.province)]}>
          <Input maxLength={COMPANY_LIMITS.province} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="city" label={t('company.fields.city')} rules={[tooLong('city', COMPANY_LIMITS.city)]}>
          <Input maxLength={COMPANY_LIMITS.city} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="headquarters" label={t('company.fields.headquarters')} rules={[tooLong('headquarters', COMPANY_LIMITS.headquarters)]}>
          <Input maxLength={COMPANY_LIMITS.headquarters} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="isListed" label={t('company.fields.isListed')} valuePropName="checked">
          <Switch checkedChildren={t('yes')} unCheckedChildren={t('no')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="isLocal" label={t('company.fields.isLocal')} valuePropName="checked">
          <Switch checkedChildren={t('yes')} unCheckedChildren={t('no')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
