import { Checkbox, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { duplicateDecision, DuplicateHint, duplicateHints, useCompanyDuplicates } from '@chainboard/web-crm';
import { COMPANIES_TEXTS } from '../../../i18n';

/**
 * Watches the form's name and credit code and shows the possible duplicates as they are typed. A similar name
 * must be confirmed as another company (the form's `allowDuplicate`); the same credit code cannot be saved.
 */
export function DuplicateGuard({ exceptId }: { exceptId?: string }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const form = Form.useFormInstance();
  const name = Form.useWatch<string | undefined>('name', form);
  const creditCode = Form.useWatch<string | undefined>('creditCode', form);
  const duplicates = useCompanyDuplicates(name, creditCode);
  const hints = duplicateHints(duplicates.data, exceptId);
  const decision = duplicateDecision(hints);

  return (
    <Flex vertical gap="small" style={{ marginBottom: hints.length ? 16 : 0 }}>
      <DuplicateHint duplicates={hints} exceptId={exceptId} />
      <Form.Item
        name="allowDuplicate"
        valuePropName="checked"
        hidden={decision === 'none'}
        style={{ marginBottom: 0 }}
        rules={[
          {
            validator: async (_rule, checked: boolean | undefined) => {
              if (decision === 'blocked') throw new Error(t('duplicates.blocked'));
              if (decision === 'confirm' && !checked) throw new Error(t('duplicates.confirmRequired'));
            },
          },
        ]}
      >
        {/* The same credit code is that company: nothing to confirm, the error below says so. */}
        <Checkbox disabled={decision === 'blocked'}>{t('duplicates.confirm')}</Checkbox>
      </Form.Item>
    </Flex>
  );
}
