import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { Button, Flex, Typography, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { columnSummary, dropDecision, stageOf, type BoardCard, type BoardColumn } from '../board';
import { PROJECTS_TEXTS } from '../../i18n';

export interface BoardColumnViewProps {
  column: BoardColumn;
  /** A narrow column showing only its head (暂缓, 终止 until opened). */
  collapsed?: boolean;
  onToggle?: () => void;
  /** The card being dragged: the column shows whether it may be dropped here. */
  activeCard: BoardCard | null;
  /** Where "more" leads: the ledger filtered on this stage (the filters travel in the location's state). */
  more?: { to: string; state?: unknown };
  children: ReactNode;
}

/**
 * The head of a column: the stage, and its count and total agreed investment (an announced status); when confidential
 * projects are masked for the reader, how many the count holds whose amounts the total leaves out.
 */
export function ColumnHead({ column }: { column: Pick<BoardColumn, 'stage' | 'count' | 'totalAgreedInvestment'> & { maskedCount?: number } }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const summary = columnSummary(column, t);
  const stage = t(`projectStage.${column.stage}`);
  return (
    <Flex vertical gap={0}>
      <Typography.Text strong>{stage}</Typography.Text>
      <Typography.Text type="secondary" role="status" aria-label={t('board.summaryLabel', { stage })}>
        {t('board.summary', { projects: summary.count, amount: summary.total })}
      </Typography.Text>
      {column.maskedCount ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('board.maskedInTotal', { count: column.maskedCount })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** One stage column of the kanban, a drop target for the cards. */
export function BoardColumnView({ column, collapsed = false, onToggle, activeCard, more, children }: BoardColumnViewProps) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const { token } = theme.useToken();
  const stage = stageOf(column.stage);
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const decision = activeCard ? dropDecision(activeCard, stage) : null;
  const accepts = decision?.kind === 'move';
  const refuses = decision?.kind === 'refused' || decision?.kind === 'forbidden';
  const stageName = t(`projectStage.${column.stage}`);

  const style: CSSProperties = {
    flex: collapsed ? '0 0 120px' : '0 0 240px',
    minHeight: 320,
    background: token.colorFillQuaternary,
    borderRadius: token.borderRadiusLG,
    padding: token.paddingXS,
    border: `2px ${accepts ? 'dashed' : 'solid'} ${isOver && accepts ? token.colorPrimary : isOver && refuses ? token.colorError : accepts ? token.colorPrimaryBorder : 'transparent'}`,
    opacity: refuses ? 0.55 : 1,
    transition: 'opacity 0.15s, border-color 0.15s',
  };

  return (
    <section ref={setNodeRef} aria-label={t('board.column', { stage: stageName })} data-stage={column.stage} style={style}>
      <Flex vertical gap="small">
        <Flex justify="space-between" align="start" gap={4}>
          <ColumnHead column={column} />
          {onToggle && (
            <Button
              size="small"
              type="text"
              icon={collapsed ? <RightOutlined /> : <LeftOutlined />}
              aria-expanded={!collapsed}
              aria-label={t(collapsed ? 'board.expand' : 'board.collapse', { stage: stageName })}
              onClick={onToggle}
            />
          )}
        </Flex>
        {refuses && activeCard && (
          <Typography.Text type="danger" style={{ fontSize: token.fontSizeSM }}>
            {t('board.notHere')}
          </Typography.Text>
        )}
        {!collapsed && (
          <>
            <Flex vertical gap="small" role="list" aria-label={t('board.cards', { stage: stageName })}>
              {children}
            </Flex>
            {column.projects.length === 0 && <Typography.Text type="secondary">{t('board.empty')}</Typography.Text>}
            {column.hasMore && more && (
              <Link to={more.to} state={more.state}>
                {t('board.more', { count: column.count - column.projects.length })}
              </Link>
            )}
          </>
        )}
      </Flex>
    </section>
  );
}
