import { DownloadOutlined, PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Segmented, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { can, districtDate, RANKING_PARTS, rankingParts, type RankingWeights } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { RankingLineFieldsFragment } from '@chainboard/web-graphql';
import { errorMessage, ListPageHeader, QueryState } from '@chainboard/web-ui';
import { downloadQuarterReport, usePublishRanking, useRanking, type RankingKind } from '../hooks';
import { DASHBOARD_TEXTS } from '../../i18n';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Each part's points in a line's score: the part's completion × its weight ÷ the total weight × 100 (rankingScore's terms). */
export function partPoints(line: RankingLineFieldsFragment, maxInteractions: number): Record<keyof RankingWeights, number> {
  const parts = rankingParts(line.figures, maxInteractions);
  const total = RANKING_PARTS.reduce((n, p) => n + line.weights[p], 0);
  return Object.fromEntries(RANKING_PARTS.map((p) => [p, total ? Math.round(((100 * line.weights[p] * parts[p]) / total) * 100) / 100 : 0])) as Record<keyof RankingWeights, number>;
}

/**
 * /ranking — the month's ranking (月度排序) of chains and of lead departments, each score with its parts; those who
 * manage the settings publish a month (its figures then frozen); the published months; the quarter's report as
 * .xlsx (季度公布) and a print view.
 */
export function RankingPage() {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const monthParam = params.get('month');
  const month = monthParam && MONTH.test(monthParam) ? monthParam : districtDate().slice(0, 7);
  const kind: RankingKind = params.get('kind') === 'DEPARTMENT' ? 'DEPARTMENT' : 'CHAIN';
  const ranking = useRanking(month, kind);
  const publish = usePublishRanking();
  const [downloading, setDownloading] = useState(false);
  const mayPublish = user ? can(actorOf(user), 'settings.manage') : false;
  const year = Number(month.slice(0, 4));
  const quarter = Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1;
  const set = (patch: Record<string, string>) => setParams((current) => ({ ...Object.fromEntries(current), ...patch }), { replace: true });
  const published = ranking.data?.ranking.published ?? false;

  const onPublish = () =>
    modal.confirm({
      title: t('ranking.publish'),
      content: t('ranking.publishConfirm', { month }),
      onOk: async () => {
        try {
          await publish.mutateAsync(month);
          void message.success(t('ranking.publishedOk', { month }));
        } catch (e) {
          void message.error(errorMessage(e, t));
        }
      },
    });

  const onReport = async () => {
    setDownloading(true);
    try {
      await downloadQuarterReport(year, quarter);
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={t('ranking.title')}
        extra={
          <Flex gap={8} wrap className="no-print">
            <DatePicker
              picker="month"
              aria-label={t('ranking.month')}
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(value) => value && set({ month: value.format('YYYY-MM') })}
            />
            {mayPublish && (
              <Button type="primary" icon={<SendOutlined />} disabled={published || ranking.isPending} loading={publish.isPending} onClick={onPublish}>
                {t('ranking.publish')}
              </Button>
            )}
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void onReport()}>
              {t('ranking.report', { year, quarter })}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('ranking.print')}
            </Button>
          </Flex>
        }
      />
      {/* The print view: the page's controls and the app's frame are left off the paper. */}
      <style>{'@media print { .no-print, header, nav { display: none !important; } }'}</style>
      <Segmented
        className="no-print"
        value={kind}
        onChange={(value) => set({ kind: String(value) })}
        options={(['CHAIN', 'DEPARTMENT'] as const).map((k) => ({ value: k, label: t(`ranking.kind.${k}`) }))}
      />
      <QueryState query={ranking}>
        {(data) => (
          <Flex vertical gap="middle">
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {month} · {t(`ranking.kind.${kind}`)}
              </Typography.Title>
              <Tag color={data.ranking.published ? 'green' : 'default'} data-testid="ranking-status">
                {data.ranking.published ? t('ranking.published') : t('ranking.live')}
              </Tag>
            </Flex>
            <RankingTable lines={data.ranking.lines} />
            <Typography.Text type="secondary">{t('ranking.scoreRule')}</Typography.Text>
            <Card size="small" title={t('ranking.publishedMonths')} className="no-print">
              {data.publishedRankingMonths.length ? (
                <Flex gap={8} wrap>
                  {data.publishedRankingMonths.map((m) => (
                    <Tag.CheckableTag key={m} checked={m === month} onChange={() => set({ month: m })}>
                      {m}
                    </Tag.CheckableTag>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('ranking.noPublished')}</Typography.Text>
              )}
            </Card>
          </Flex>
        )}
      </QueryState>
    </Flex>
  );
}

function RankingTable({ lines }: { lines: RankingLineFieldsFragment[] }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const maxInteractions = Math.max(0, ...lines.map((l) => l.figures.interactions));
  const points = new Map(lines.map((l) => [l.subjectId, partPoints(l, maxInteractions)]));
  const part = (line: RankingLineFieldsFragment, key: keyof RankingWeights, figure: string) => (
    <Flex vertical gap={0}>
      <span>{figure}</span>
      <Typography.Text type="secondary">
        {points.get(line.subjectId)?.[key]} / {line.weights[key]}
      </Typography.Text>
    </Flex>
  );
  const weights = lines[0]?.weights;
  return (
    <Table
      size="small"
      rowKey="subjectId"
      pagination={false}
      dataSource={lines}
      locale={{ emptyText: t('ranking.empty') }}
      footer={weights ? () => `${t('ranking.weights')}${RANKING_PARTS.map((p) => `${t(`ranking.columns.${p}`)} ${weights[p]}`).join('，')}` : undefined}
      columns={[
        { title: t('ranking.columns.rank'), dataIndex: 'rank', width: 64 },
        { title: t('ranking.columns.subject'), dataIndex: 'subjectName' },
        { title: t('ranking.columns.score'), dataIndex: 'score', align: 'right', render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
        { title: t('ranking.columns.signedCount'), render: (_v, l) => part(l, 'signedCount', t('ranking.ofTarget', { value: l.figures.signedCount, target: l.figures.signedCountTarget })) },
        { title: t('ranking.columns.signedAmount'), render: (_v, l) => part(l, 'signedAmount', t('ranking.ofTarget', { value: l.figures.signedAmount, target: l.figures.signedAmountTarget })) },
        { title: t('ranking.columns.fundsInPlace'), render: (_v, l) => part(l, 'fundsInPlace', t('ranking.ofTarget', { value: l.figures.fundsInPlace, target: l.figures.fundsInPlaceTarget })) },
        { title: t('ranking.columns.startedOnTime'), render: (_v, l) => part(l, 'startedOnTime', `${l.figures.startsOnTime} / ${l.figures.startsDue}`) },
        { title: t('ranking.columns.issuesClosedOnTime'), render: (_v, l) => part(l, 'issuesClosedOnTime', `${l.figures.issuesClosedOnTime} / ${l.figures.issuesDue}`) },
        { title: t('ranking.columns.leadActivity'), render: (_v, l) => part(l, 'leadActivity', String(l.figures.interactions)) },
      ]}
    />
  );
}
