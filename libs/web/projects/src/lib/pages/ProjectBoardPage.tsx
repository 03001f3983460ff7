import { PlusOutlined, TableOutlined } from '@ant-design/icons';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Alert, App, Button, Checkbox, Flex, Select } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { ProjectStage } from '@chainboard/domain';
import { useCrmChains, useDefaultChainId } from '@chainboard/web-crm';
import type { HealthLight, InvestmentTier, ProjectBoardInput } from '@chainboard/web-graphql';
import { ListPageHeader, PageLoading, QueryState } from '@chainboard/web-ui';
import { mayCreateProjects, useActor } from '../access';
import { COLLAPSED_COLUMNS, OPEN_COLUMNS, stageOf, type Board, type BoardCard } from '../board';
import { BoardColumnView } from '../components/BoardColumn';
import { CountersBar } from '../components/CountersBar';
import { OwnerSelect } from '../components/pickers';
import { ProjectCard, ProjectCardBody } from '../components/ProjectCard';
import { StageMoveModal } from '../components/StageMoveModal';
import { LIGHT_OPTIONS, TIER_OPTIONS, type ProjectFilters } from '../filters';
import { useProjectBoard } from '../hooks';
import { useStageMoveFlow, type MoveRefusal } from '../move-flow';
import { PROJECTS_TEXTS } from '../../i18n';

/** The address's value for "every chain" (no value means the user's own chain). */
const ALL_CHAINS = 'all';
const CARDS_PER_COLUMN = 30;

/** The board's filters as kept in the address: chain, owner, mine, tiers, lights. */
function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const own = useDefaultChainId(useActor());
  const chainParam = params.get('chain');
  const list = <T extends string>(key: string, values: readonly T[]): T[] => (params.get(key) ?? '').split(',').filter((v): v is T => (values as readonly string[]).includes(v));
  const filters = {
    chainId: chainParam === ALL_CHAINS ? undefined : (chainParam ?? own.chainId ?? undefined),
    ownerId: params.get('owner') ?? undefined,
    mine: params.get('mine') === '1' || undefined,
    tiers: list<InvestmentTier>('tiers', TIER_OPTIONS),
    lights: list<HealthLight>('lights', LIGHT_OPTIONS),
  };
  const set = (patch: Partial<Record<'chain' | 'owner' | 'mine' | 'tiers' | 'lights', string | null>>) =>
    setParams(
      (current) => {
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === '') current.delete(key);
          else current.set(key, value);
        }
        return current;
      },
      { replace: true },
    );
  return { filters, ready: chainParam !== null || !own.isPending, set };
}

/** Columns dropped on by pointer first (the column under the pointer), by overlap otherwise (keyboard). */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : rectIntersection(args);
};

/**
 * /projects/board — the kanban (项目看板): a column per stage of the main line with its count and total 亿元, 暂缓 and
 * 终止 collapsed at the end. A card dragged to another column opens the stage dialog when the domain allows the move,
 * and is refused visibly when it does not; after the move both columns' counts and totals change.
 */
export function ProjectBoardPage() {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const actor = useActor();
  const chains = useCrmChains();
  const { filters, ready, set } = useBoardFilters();
  const tiersKey = filters.tiers.join();
  const lightsKey = filters.lights.join();
  const input: ProjectBoardInput = useMemo(
    () => ({
      chainId: filters.chainId,
      ownerId: filters.mine ? undefined : filters.ownerId,
      mine: filters.mine,
      tiers: tiersKey ? (tiersKey.split(',') as InvestmentTier[]) : undefined,
      lights: lightsKey ? (lightsKey.split(',') as HealthLight[]) : undefined,
      cardsPerColumn: CARDS_PER_COLUMN,
    }),
    [filters.chainId, filters.ownerId, filters.mine, tiersKey, lightsKey],
  );
  const board = useProjectBoard(input, ready);
  const [expanded, setExpanded] = useState<Set<ProjectStage>>(new Set());
  const [active, setActive] = useState<BoardCard | null>(null);

  const stageName = useCallback((stage: string) => t(`projectStage.${stage}`), [t]);
  const onRefused = useCallback(
    (refusal: MoveRefusal) => {
      message.warning(refusalText(refusal, t));
    },
    [message, t],
  );
  const flow = useStageMoveFlow(onRefused);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));
  const cardsById = useMemo(() => new Map((board.data?.columns ?? []).flatMap((c) => c.projects.map((p) => [p.id, p] as const))), [board.data]);
  const cardOf = (id: string | number) => cardsById.get(String(id)) ?? null;

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('dnd.picked', { name: cardOf(a.id)?.name ?? '' }),
    onDragOver: ({ active: a, over }) => (over ? t('dnd.over', { name: cardOf(a.id)?.name ?? '', stage: stageName(String(over.id)) }) : t('dnd.notOver', { name: cardOf(a.id)?.name ?? '' })),
    onDragEnd: ({ active: a, over }) => (over ? t('dnd.dropped', { name: cardOf(a.id)?.name ?? '', stage: stageName(String(over.id)) }) : t('dnd.cancelled', { name: cardOf(a.id)?.name ?? '' })),
    onDragCancel: ({ active: a }) => t('dnd.cancelled', { name: cardOf(a.id)?.name ?? '' }),
  };

  const onDragStart = (event: DragStartEvent) => {
    flow.dismissRefusal();
    setActive(cardOf(event.active.id));
  };
  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const card = cardOf(event.active.id);
    if (card && event.over) flow.request(card, stageOf(String(event.over.id) as `${ProjectStage}`));
  };

  const ledgerFilters: ProjectFilters = { chainId: filters.chainId, ownerId: filters.ownerId, mine: filters.mine, tiers: filters.tiers.length ? filters.tiers : undefined, lights: filters.lights.length ? filters.lights : undefined };

  const renderColumns = (data: Board) => {
    const byStage = new Map(data.columns.map((c) => [c.stage as string, c]));
    const ordered = [...OPEN_COLUMNS, ...COLLAPSED_COLUMNS].flatMap((stage) => {
      const column = byStage.get(stage);
      return column ? [column] : [];
    });
    return (
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <Flex gap="small" align="stretch" style={{ overflowX: 'auto', paddingBottom: 8 }}>
          {ordered.map((column) => {
            const stage = stageOf(column.stage);
            const collapsible = COLLAPSED_COLUMNS.includes(stage);
            const collapsed = collapsible && !expanded.has(stage);
            return (
              <BoardColumnView
                key={column.stage}
                column={column}
                collapsed={collapsed}
                onToggle={
                  collapsible
                    ? () =>
                        setExpanded((current) => {
                          const next = new Set(current);
                          if (next.has(stage)) next.delete(stage);
                          else next.add(stage);
                          return next;
                        })
                    : undefined
                }
                activeCard={active}
                more={{ to: '/projects', state: { filters: { ...ledgerFilters, stages: [column.stage] } } }}
              >
                {column.projects.map((card) => (
                  <ProjectCard key={card.id} card={card} onMove={flow.request} />
                ))}
              </BoardColumnView>
            );
          })}
        </Flex>
        <DragOverlay dropAnimation={null}>{active ? <div style={{ width: 224 }}><ProjectCardBody card={active} /></div> : null}</DragOverlay>
      </DndContext>
    );
  };

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={t('board.title')}
        subtitle={t('board.subtitle')}
        extra={
          <>
            <Button icon={<TableOutlined />} onClick={() => navigate('/projects')}>
              {t('nav.projects')}
            </Button>
            {mayCreateProjects(actor) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
                {t('project.new')}
              </Button>
            )}
          </>
        }
        filtersLabel={t('board.filters')}
        filters={
          <>
            <Select
              aria-label={t('filters.chain')}
              style={{ minWidth: 160 }}
              loading={chains.isPending}
              value={filters.chainId ?? ALL_CHAINS}
              options={[{ value: ALL_CHAINS, label: t('board.allChains') }, ...(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))]}
              onChange={(chain: string) => set({ chain })}
            />
            <OwnerSelect
              aria-label={t('project.filters.owner')}
              placeholder={t('project.filters.owner')}
              chain={null}
              style={{ minWidth: 140, width: 'auto' }}
              disabled={filters.mine === true}
              value={filters.ownerId}
              onChange={(owner) => set({ owner: owner ?? null })}
            />
            <Select
              aria-label={t('project.filters.tiers')}
              placeholder={t('project.filters.tiers')}
              mode="multiple"
              allowClear
              style={{ minWidth: 160 }}
              value={filters.tiers}
              options={TIER_OPTIONS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))}
              onChange={(tiers: string[]) => set({ tiers: tiers.join(',') || null })}
            />
            <Select
              aria-label={t('project.filters.lights')}
              placeholder={t('project.filters.lights')}
              mode="multiple"
              allowClear
              style={{ minWidth: 140 }}
              value={filters.lights}
              options={LIGHT_OPTIONS.map((light) => ({ value: light, label: t(`light.${light}`) }))}
              onChange={(lights: string[]) => set({ lights: lights.join(',') || null })}
            />
            <Checkbox checked={filters.mine === true} onChange={(e) => set({ mine: e.target.checked ? '1' : null, owner: null })}>
              {t('project.filters.mine')}
            </Checkbox>
          </>
        }
      />
      {ready && <CountersBar chainId={filters.chainId ?? null} />}
      {flow.refusal && (
        <Alert type="warning" showIcon role="alert" closable={{ onClose: flow.dismissRefusal }} title={refusalText(flow.refusal, t)} />
      )}
      <QueryState query={board} isEmpty={() => false} idle={<PageLoading />}>
        {renderColumns}
      </QueryState>
      <Link to="/projects" state={{ filters: ledgerFilters }} style={{ alignSelf: 'flex-start' }}>
        {t('board.toLedger')}
      </Link>
      <StageMoveModal project={flow.pending?.card ?? null} to={flow.pending?.to ?? null} onClose={flow.close} />
    </Flex>
  );
}

/** Why a move was refused, in words: not the user's to move, or a move the stages do not allow (with those they do). */
export function refusalText(refusal: MoveRefusal, t: (key: string, options?: Record<string, unknown>) => string): string {
  const stage = (s: string) => t(`projectStage.${s}`);
  if (refusal.decision.kind === 'forbidden') return t('board.forbidden', { name: refusal.card.name });
  const allowed = refusal.decision.allowed.map(stage).join(t('timeline.separator'));
  return allowed
    ? t('board.refused', { name: refusal.card.name, from: stage(refusal.decision.from), to: stage(refusal.decision.to), allowed })
    : t('board.refusedFinal', { name: refusal.card.name, from: stage(refusal.decision.from), to: stage(refusal.decision.to) });
}
