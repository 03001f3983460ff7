import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { TotalCount } from './TotalCount';

export interface ListPageHeaderProps {
  /** The page's title (an h3, as on every page). */
  title: ReactNode;
  /** A line under the title: what the page is for. */
  subtitle?: ReactNode;
  /** How many items there are, shown beside the title ("42 in all"); nothing when left out. */
  count?: number;
  /** The count is a lower bound (the server capped it): shown as "1,000+ in all". */
  countCapped?: boolean;
  /** Asks for the exact count: a "count exactly" link beside a capped count. */
  onCountExactly?: () => void;
  /** Beside the title: tags, a status, a switch. */
  tags?: ReactNode;
  /** Above the title, e.g. an antd Breadcrumb. */
  breadcrumb?: ReactNode;
  /** The page's actions, on the right (they wrap below the title on a narrow screen). */
  extra?: ReactNode;
  /** A row of filters under the title. */
  filters?: ReactNode;
  /** The accessible name of the filters row; the filters' own labels name them when left out. */
  filtersLabel?: string;
}

/**
 * The head of a list page: breadcrumb, title with an optional count and tags, actions on the right, a subtitle,
 * and a filters row, with the spacing every page uses. Put it first in the page's `<Flex vertical gap="middle">`.
 *
 * @example
 * <ListPageHeader
 *   title={t('crm.prospect.listTitle')}
 *   count={prospects.data?.total}
 *   extra={canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('crm.prospect.add')}</Button>}
 *   filters={<><Select … /><Segmented … /></>}
 * />
 */
export function ListPageHeader({ title, subtitle, count, countCapped, onCountExactly, tags, breadcrumb, extra, filters, filtersLabel }: ListPageHeaderProps) {
  const hasExtra = extra !== undefined && extra !== null && extra !== false;
  return (
    <Flex vertical gap="middle" component="header">
      {breadcrumb}
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center" gap="small" wrap>
          <Flex align="center" gap="small" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {count !== undefined && <TotalCount count={count} capped={countCapped} onCountExactly={onCountExactly} />}
            {tags}
          </Flex>
          {hasExtra && (
            <Flex gap="small" align="center" wrap>
              {extra}
            </Flex>
          )}
        </Flex>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </Flex>
      {filters && (
        <Flex gap="small" align="center" wrap role={filtersLabel ? 'group' : undefined} aria-label={filtersLabel}>
          {filters}
        </Flex>
      )}
    </Flex>
  );
}
