import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CompanyDuplicatesQuery } from '@chainboard/web-graphql';
import { formatRegion } from '../common/format';
import { duplicateHints, isCertainDuplicate } from './duplicates';
import { CRM_NS } from '../../i18n';

export type CompanyDuplicate = CompanyDuplicatesQuery['companyDuplicates'][number];

export interface DuplicateHintProps {
  duplicates: readonly CompanyDuplicate[];
  /** The company being edited, never its own duplicate. */
  exceptId?: string | null;
  /** Offers "use this company" on each (quick entry); without it each links to the company page. */
  onUse?: (company: CompanyDuplicate['company']) => void;
}

/** "Possible duplicates": companies with the same credit code (certain) or a name that reduces alike (probable). */
export function DuplicateHint({ duplicates, exceptId, onUse }: DuplicateHintProps) {
  const { t } = useTranslation(CRM_NS);
  const hints = duplicateHints(duplicates, exceptId);
  if (hints.length === 0) return null;
  const certain = hints.some(isCertainDuplicate);
  return (
    <Alert
      type={certain ? 'error' : 'warning'}
      showIcon
      role="status"
      data-testid="duplicate-hint"
      title={certain ? t('duplicates.certainTitle') : t('duplicates.title')}
      description={
        <Flex vertical gap={4} role="list">
          {hints.map((d) => {
            const region = formatRegion(d.company.province, d.company.city);
            return (
              <Flex key={d.company.id} role="listitem" gap="small" align="center" wrap>
                <Link to={`/companies/${d.company.id}`} target={onUse ? '_blank' : undefined}>
                  {d.company.name}
                </Link>
                <Typography.Text type="secondary">
                  {[t(`duplicateReason.${d.reason}`), d.company.creditCode, region].filter(Boolean).join(' · ')}
                </Typography.Text>
                {onUse && (
                  <Button size="small" onClick={() => onUse(d.company)} aria-label={t('duplicates.useNamed', { name: d.company.name })}>
                    {t('duplicates.use')}
                  </Button>
                )}
              </Flex>
            );
          })}
        </Flex>
      }
    />
  );
}
