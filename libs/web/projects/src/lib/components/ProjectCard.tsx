import { SwapOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import { Button, Dropdown, Flex, Typography, theme } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectStage } from '@chainboard/domain';
import { ConfidentialTag, DemoTag, formatInvestment } from '@chainboard/web-crm';
import { movesOf, type BoardCard } from '../board';
import { LightDot, TierTag } from './ProjectTags';
import { PROJECTS_TEXTS } from '../../i18n';

export interface ProjectCardProps {
  card: BoardCard;
  /** Picks a stage from the card's menu: the keyboard's and the pointer's way without dragging. */
  onMove: (card: BoardCard, to: ProjectStage) => void;
  /** Drawn in the drag overlay (a copy following the pointer). */
  overlay?: boolean;
}

/** The card's face: name, company (hidden when confidential), tier, light with its rule, agreed amount, owner. */
export function ProjectCardBody({ card, menu }: { card: BoardCard; menu?: React.ReactNode }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" align="start" gap={4}>
        <Link to={`/projects/${card.id}`} draggable={false} style={{ fontWeight: 600, minWidth: 0, overflowWrap: 'anywhere' }}>
          {card.name}
        </Link>
        {menu}
      </Flex>
      <Typography.Text type="secondary" ellipsis>
        {card.masked ? t('confidential.hidden') : (card.company?.name ?? t('common.none'))}
      </Typography.Text>
      <Flex gap={6} align="center" wrap>
        <LightDot light={card.light} rule={card.lightRule} />
        <TierTag tier={card.tier} />
        {card.confidential && <ConfidentialTag masked={card.masked} />}
        {card.isDemo && <DemoTag />}
      </Flex>
      <Flex justify="space-between" gap={4} wrap>
        <Typography.Text>{card.masked ? t('confidential.hidden') : formatInvestment(card.agreedInvestment, t)}</Typography.Text>
        <Typography.Text type="secondary">{card.owner?.displayName ?? t('card.noOwner')}</Typography.Text>
      </Flex>
    </Flex>
  );
}

/**
 * A project on the kanban: dragged to another column to move its stage (only when the user may move it), or moved
 * with its menu, which offers only the moves the domain allows.
 */
export function ProjectCard({ card, onMove, overlay = false }: ProjectCardProps) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const { token } = theme.useToken();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card }, disabled: !card.canMoveStage || overlay });
  const moves = card.canMoveStage ? movesOf(card) : [];
  const style: CSSProperties = {
    background: token.colorBgContainer,
    border: `1px solid ${token.colorBorderSecondary}`,
    borderRadius: token.borderRadius,
    padding: token.paddingXS,
    boxShadow: overlay ? token.boxShadowSecondary : undefined,
    opacity: isDragging && !overlay ? 0.4 : 1,
    cursor: card.canMoveStage ? 'grab' : undefined,
    touchAction: card.canMoveStage ? 'none' : undefined,
  };
  const menu =
    moves.length > 0 && !overlay ? (
      <Dropdown
        trigger={['click']}
        menu={{
          items: moves.map((to) => ({ key: to, label: t('card.moveTo', { stage: t(`projectStage.${to}`) }) })),
          onClick: ({ key, domEvent }) => {
            domEvent.stopPropagation();
            onMove(card, key as ProjectStage);
          },
        }}
      >
        <Button
          size="small"
          type="text"
          icon={<SwapOutlined />}
          aria-label={t('card.moveMenu', { name: card.name })}
          onPointerDown={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
        />
      </Dropdown>
    ) : null;

  return (
    <div
      ref={overlay ? undefined : setNodeRef}
      {...(overlay ? {} : attributes)}
      {...(overlay ? {} : listeners)}
      role="listitem"
      aria-label={card.name}
      aria-roledescription={t('card.role')}
      data-project-id={card.id}
      style={style}
    >
      <ProjectCardBody card={card} menu={menu} />
    </div>
  );
}
