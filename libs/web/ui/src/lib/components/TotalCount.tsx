import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TotalCountProps {
  /** Rows matching the filters on all pages; a lower bound when `capped`. */
  count: number;
  /** The server stopped counting: there are more than `count` rows ("1,000+"). */
  capped?: boolean;
  /** Asks the server for the exact count; the "count exactly" link shows only with it, and only while capped. */
  onCountExactly?: () => void;
}

/** The count as a list shows it: the number in the user's language, "1,000+" when the server capped it. */
export function totalLabel(t: (key: string, options: Record<string, unknown>) => string, language: string, count: number, capped = false): string {
  return capped ? t('common.totalCapped', { count, formatted: count.toLocaleString(language) }) : t('common.total', { count, formatted: count.toLocaleString(language) });
}

/**
 * "共 42 条", or "共 1,000+ 条" with a "count exactly" link when the server capped the total (it counts a page's rows only
 * so far past the page unless asked). For the heads of list pages and the tables' paging.
 */
export function TotalCount({ count, capped = false, onCountExactly }: TotalCountProps) {
  const { t, i18n } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="list-count">
      {totalLabel(t, i18n.language, count, capped)}
      {capped && onCountExactly && (
        <>
          {' '}
          <Typography.Link onClick={onCountExactly} data-testid="count-exactly">
            {t('common.countExactly')}
          </Typography.Link>
        </>
      )}
    </Typography.Text>
  );
}
