import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ActionItemStatus,
  actionsOnTimeRate,
  Actor,
  can,
  canOnChain,
  CoordinationIssueStatus,
  daysBetween,
  ErrorCode,
  FIRST_MEETING_PERIOD_DAYS,
  HealthLight,
  issueClosureRate,
  lightChangeKind,
  MEETING_ITEM_ORDER,
  MeetingItemKind,
  meetingMoveAllowed,
  MeetingRefKind,
  MeetingStatus,
  Operation,
  PLAN_PROJECT_TARGETS,
  ProjectStage,
  sumDecimals,
} from '@chainboard/domain';
import { AppError, badField, badInput, CLOCK, Clock, conflict, forbidden, notFound, PageInput, pageTotal, todayOf, translate } from '@chainboard/server-core';
import { ChainsService, IndustryChain } from '@chainboard/server-chains';
import { LeadsService } from '@chainboard/server-leads';
import { PeriodIssue, PeriodProject, PeriodRange, ProjectListInput, ProjectPeriodService, ProjectRecordsService, ProjectsService } from '@chainboard/server-projects';
import { Department, User } from '@chainboard/server-users';
import {
  AddActionItemInput,
  AddMeetingItemInput,
  CloseOutIssueInput,
  CreateMeetingFromPreviousInput,
  CreateMeetingInput,
  MeetingAttendeeInput,
  RecordMeetingItemInput,
  ReorderMeetingItemsInput,
  SetMeetingStatusInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs';
import { ActionItem, FrozenMeeting, Meeting, MeetingAttendee, MeetingIssueClosure, MeetingItem } from './meeting.entity';
import { FiguresData, MeetingPage, MeetingPaper } from './meeting.types';
import { ledgerXlsx, minutesDocx } from './papers';

/** Texts stored with a meeting (its agenda and papers) are written in the papers' language. */
const PAPER_LANGUAGE = 'zh-CN' as const;
const t = (key: string, params: Record<string, string | number> = {}) => translate(PAPER_LANGUAGE, key, params);
/** Texts without parameters (names of stages, lights, kinds): read once, as the agenda and the ledger name them many times. */
const labels = new Map<string, string>();
const label = (key: string): string => {
  let text = labels.get(key);
  if (text === undefined) labels.set(key, (text = t(key)));
  return text;
};
/**
 * A text with parameters, its template read once and filled in here: a large agenda fills thousands, and i18next's own
 * lookup per call cost more than the rest of the agenda's work. The meeting texts are plain `{{name}}` templates, without
 * plural forms or nesting, so the result is i18next's.
 */
const fill = (key: string, params: Record<string, string | number>): string =>
  label(key).replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
const lightText = (light: HealthLight | null) => label(`meeting.light.${light ?? 'NONE'}`);
const stageText = (stage: ProjectStage | null) => (stage ? label(`project.stage.${stage}`) : '');

/** An agenda item before it is written. */
export interface ItemDraft {
  kind: MeetingItemKind;
  refKind: MeetingRefKind | null;
  refId: string | null;
  projectId: string | null;
  title: string;
  summary: string | null;
  carriedCount: number;
}

/** What a meeting covers: all chains, or some. */
interface Scope {
  allChains: boolean;
  chainIds: string[];
}

/** The most action items one request for them may ask for. */
export const MY_ACTIONS_LIMIT_MAX = 200;

export const scopeKeyOf = (scope: Scope) => (scope.allChains ? 'ALL' : [...scope.chainIds].sort().join(','));

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The progress meeting (项目推进会): meetings of a scope following each other, the agenda built from the pipeline's
 * history of the period since the scope's previous held meeting (read through the projects and leads features'
 * services), what is recorded at the meeting, action items tracked until done, the papers frozen when it is held.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly chains: ChainsService,
    private readonly projects: ProjectsService,
    private readonly records: ProjectRecordsService,
    private readonly period: ProjectPeriodService,
    private readonly leads: LeadsService,
  ) {}

  today(): string {
    return todayOf(this.clock);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Reading

  async get(id: string, m: EntityManager = this.db.manager): Promise<Meeting> {
    const meeting = await m.findOne(Meeting, { where: { id } });
    if (!meeting) throw notFound('meeting', id);
    return meeting;
  }

  /** Meetings, latest first; with a chain, those covering it (all-chain meetings included). */
  async list(input: { chainId?: string | null; limit?: number } = {}): Promise<Meeting[]> {
    return this.query(input.chainId).limit(input.limit ?? 200).getMany();
  }

  /** One page of the meetings (those covering a chain when one is given), latest first, with the total. */
  async page(input: { chainId?: string | null } & PageInput): Promise<MeetingPage> {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    const qb = this.query(input.chainId);
    const items = await qb.clone().offset(offset).limit(limit).getMany();
    return { ...(await pageTotal(qb, { offset, limit, rows: items.length, exact: input.exactTotal })), offset, limit, items };
  }

  private query(chainId?: string | null) {
    const qb = this.db.manager.createQueryBuilder(Meeting, 'm').orderBy('m.held_on', 'DESC').addOrderBy('m.created_at', 'DESC').addOrderBy('m.id', 'ASC');
    if (chainId) qb.where('(m.all_chains OR :chainId = ANY(m.chain_ids))', { chainId });
    return qb;
  }

  /** Meetings by id (those that exist). */
  byIds(ids: readonly string[]): Promise<Meeting[]> {
    return ids.length ? this.db.manager.findBy(Meeting, { id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Coordination issues by id, as the projects feature gives them. */
  issuesByIds(ids: readonly string[]): Promise<PeriodIssue[]> {
    return this.period.issuesByIds(ids);
  }

  items(meetingId: string): Promise<MeetingItem[]> {
    return this.db.manager.find(MeetingItem, { where: { meetingId }, order: { position: 'ASC' } });
  }

  attendees(meetingId: string): Promise<MeetingAttendee[]> {
    return this.db.manager.find(MeetingAttendee, { where: { meetingId }, order: { position: 'ASC' } });
  }

  actions(meetingId: string): Promise<ActionItem[]> {
    return this.db.manager.find(ActionItem, { where: { meetingId }, order: { createdOn: 'ASC', id: 'ASC' } });
  }

  closures(meetingId: string): Promise<MeetingIssueClosure[]> {
    return this.db.manager.find(MeetingIssueClosure, { where: { meetingId }, order: { closedOn: 'ASC', id: 'ASC' } });
  }

  /** The actor's action items: open ones first, earliest due first. */
  async myActions(actor: Actor, includeDone = false, limit: number | null = null): Promise<ActionItem[]> {
    if (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > MY_ACTIONS_LIMIT_MAX)) throw badField('limit', 'input.range', { min: 1, max: MY_ACTIONS_LIMIT_MAX });
    const qb = this.db.manager
      .createQueryBuilder(ActionItem, 'a')
      .where('a.owner_id = :owner', { owner: actor.id })
      .orderBy('a.status', 'DESC')
      .addOrderBy('a.due_on', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (!includeDone) qb.andWhere('a.status = :open', { open: ActionItemStatus.OPEN });
    if (limit !== null) qb.limit(limit);
    return qb.getMany();
  }

  /** The chains a meeting covers, in the chains' order. */
  async scopeChains(actor: Actor, scope: Scope): Promise<IndustryChain[]> {
    const all = await this.chains.reachable(actor, 'chain.read');
    return scope.allChains ? all : all.filter((c) => scope.chainIds.includes(c.id));
  }

  /** Whether the actor's grant of the operation reaches every chain the meeting covers. */
  async mayOn(actor: Actor, operation: Operation, scope: Scope): Promise<boolean> {
    if (!can(actor, operation)) return false;
    const chains = await this.scopeChains(actor, scope);
    return chains.every((c) => canOnChain(actor, operation, c));
  }

  private async assertMay(actor: Actor, operation: Operation, scope: Scope): Promise<void> {
    if (!(await this.mayOn(actor, operation, scope))) throw forbidden();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Meetings

  async create(actor: Actor, input: CreateMeetingInput): Promise<Meeting> {
    const scope = await this.checkedScope(actor, input.allChains ?? false, input.chainIds ?? []);
    await this.assertMay(actor, 'meeting.manage', scope);
    return this.createWith(actor, scope, {
      title: input.title,
      heldOn: input.heldOn,
      place: input.place?.trim() || null,
      chairId: input.chairId ?? null,
      attendees: input.attendees ?? [],
      previousMeetingId: null,
    });
  }

  /** The next meeting of a scope, with the previous one's scope, chair, place and attendees. */
  async createFromPrevious(actor: Actor, input: CreateMeetingFromPreviousInput): Promise<Meeting> {
    const previous = await this.get(input.previousMeetingId);
    const scope = { allChains: previous.allChains, chainIds: previous.chainIds };
    await this.assertMay(actor, 'meeting.manage', scope);
    const attendees = await this.attendees(previous.id);
    return this.createWith(actor, scope, {
      title: input.title?.trim() || previous.title,
      heldOn: input.heldOn,
      place: previous.place,
      chairId: previous.chairId,
      attendees: attendees.map((a) => ({ userId: a.userId, guestName: a.guestName, guestUnit: a.guestUnit })),
      previousMeetingId: previous.id,
    });
  }

  private async createWith(
    actor: Actor,
    scope: Scope,
    fields: { title: string; heldOn: string; place: string | null; chairId: string | null; attendees: MeetingAttendeeInput[]; previousMeetingId: string | null },
  ): Promise<Meeting> {
    const today = this.today();
    if (fields.heldOn < today) throw badField('heldOn', 'meeting.pastPlanned', { date: fields.heldOn });
    const scopeKey = scopeKeyOf(scope);
    const previousHeld = await this.previousHeld(scopeKey, fields.heldOn, null);
    const periodFrom = previousHeld?.heldOn ?? addDays(fields.heldOn, -FIRST_MEETING_PERIOD_DAYS);
    const periodTo = fields.heldOn < today ? fields.heldOn : today;
    await this.checkedPeople(this.db.manager, fields.chairId, fields.attendees);
    // The agenda is read from the other features before the transaction (which then uses its own manager only).
    const drafts = await this.buildAgenda(actor, scope, { from: periodFrom, to: periodTo, heldOn: fields.heldOn, scopeKey, excludeMeetingId: null });
    const id = await this.db.transaction(async (m) => {
      const meeting = await m.save(
        m.create(Meeting, {
          title: fields.title,
          heldOn: fields.heldOn,
          place: fields.place,
          allChains: scope.allChains,
          chainIds: scope.allChains ? [] : [...scope.chainIds].sort(),
          scopeKey,
          chairId: fields.chairId,
          status: MeetingStatus.PLANNED,
          periodFrom,
          periodTo,
          previousMeetingId: fields.previousMeetingId ?? previousHeld?.id ?? null,
          createdById: actor.id,
          isDemo: false,
        }),
      );
      await this.writeAttendees(m, meeting.id, fields.attendees);
      await this.writeItems(m, meeting.id, drafts, 0);
      return meeting.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, input: UpdateMeetingInput): Promise<Meeting> {
    await this.db.transaction(async (m) => {
      const meeting = await this.forChange(m, actor, input.meetingId, 'meeting.manage');
      await this.checkedPeople(m, input.chairId ?? null, input.attendees ?? []);
      const set: Partial<Meeting> = {};
      if (input.title !== undefined) set.title = input.title;
      if (input.place !== undefined) set.place = input.place?.trim() || null;
      if (input.chairId !== undefined) set.chairId = input.chairId;
      if (Object.keys(set).length) await m.update(Meeting, { id: meeting.id }, set);
      if (input.attendees !== undefined) {
        await m.delete(MeetingAttendee, { meetingId: meeting.id });
        await this.writeAttendees(m, meeting.id, input.attendees);
      }
    });
    return this.get(input.meetingId);
  }

  /**
   * Moves a meeting on: planned → in progress → held. Marking it held freezes it: the agenda with what was recorded,
   * the figures and the ledger are stored as they are, with the minutes (.docx) and the ledger (.xlsx) generated from
   * them; later edits to projects change none of it, and the meeting takes no more edits.
   */
  async setStatus(actor: Actor, input: SetMeetingStatusInput): Promise<Meeting> {
    const meeting = await this.get(input.meetingId);
    await this.assertMay(actor, 'meeting.record', meeting);
    if (meeting.status === MeetingStatus.HELD) throw conflict('meeting.held');
    if (!meetingMoveAllowed(meeting.status, input.status))
      throw badField('status', 'meeting.move.notAllowed', { from: t(`meeting.status.${meeting.status}`), to: t(`meeting.status.${input.status}`) });
    const papers = input.status === MeetingStatus.HELD ? await this.paperData(actor, meeting) : null;
    const files = papers ? { docx: await minutesDocx(papers), xlsx: await ledgerXlsx(papers) } : null;
    await this.db.transaction(async (m) => {
      const current = await m.findOne(Meeting, { where: { id: meeting.id }, lock: { mode: 'pessimistic_write' } });
      if (!current || current.status !== meeting.status || current.updatedAt.getTime() !== meeting.updatedAt.getTime()) throw conflict('meeting.held');
      if (papers && files) {
        await m.update(Meeting, { id: meeting.id }, { status: input.status, frozen: papers as never, minutesDocx: files.docx, ledgerXlsx: files.xlsx, heldAt: this.clock.now() });
      } else {
        await m.update(Meeting, { id: meeting.id }, { status: input.status });
      }
    });
    return this.get(meeting.id);
  }

  // ------------------------------------------------------------------------------------------------------------
  // The agenda

  /** Rebuilds the built items of a planned meeting for its period (to today): new ones are added at the end, those no longer true leave unless something was recorded on them. */
  async refreshAgenda(actor: Actor, meetingId: string): Promise<Meeting> {
    const meeting = await this.get(meetingId);
    await this.assertMay(actor, 'meeting.manage', meeting);
    this.assertPlanned(meeting);
    const today = this.today();
    const periodTo = meeting.heldOn < today ? meeting.heldOn : today;
    const drafts = await this.buildAgenda(actor, meeting, { from: meeting.periodFrom, to: periodTo, heldOn: meeting.heldOn, scopeKey: meeting.scopeKey, excludeMeetingId: meeting.id });
    await this.db.transaction(async (m) => {
      const current = await this.forChange(m, actor, meetingId, 'meeting.manage');
      this.assertPlanned(current);
      const items = await m.find(MeetingItem, { where: { meetingId }, order: { position: 'ASC' } });
      const keyOf = (x: { kind: string; refId: string | null }) => `${x.kind}:${x.refId}`;
      const fresh = new Map(drafts.map((d) => [keyOf(d), d]));
      const used = await this.usedItemIds(m, meetingId);
      const kept: Array<{ id: string; draft: ItemDraft }> = [];
      const gone: string[] = [];
      for (const item of items) {
        if (item.kind === MeetingItemKind.CUSTOM) continue;
        const draft = fresh.get(keyOf(item));
        if (draft) kept.push({ id: item.id, draft });
        else if (!used.has(item.id) && !item.discussion && !item.decisions.length) gone.push(item.id);
      }
      if (kept.length)
        await m.query(
          `UPDATE meeting_item i SET title = d.title, summary = d.summary, carried_count = d.carried_count
             FROM unnest($2::uuid[], $3::varchar[], $4::text[], $5::int[]) AS d(id, title, summary, carried_count)
            WHERE i.id = d.id AND i.meeting_id = $1`,
          [meetingId, kept.map((k) => k.id), kept.map((k) => k.draft.title), kept.map((k) => k.draft.summary), kept.map((k) => k.draft.carriedCount)],
        );
      if (gone.length) await m.delete(MeetingItem, { id: In(gone) });
      const have = new Set(items.map(keyOf));
      const added = drafts.filter((d) => !have.has(keyOf(d)));
      await this.writeItems(m, meetingId, added, items.length ? Math.max(...items.map((i) => i.position)) + 1 : 0);
      await m.update(Meeting, { id: meetingId }, { periodTo });
      await this.renumber(m, meetingId);
    });
    return this.get(meetingId);
  }

  async addItem(actor: Actor, input: AddMeetingItemInput): Promise<MeetingItem> {
    // The project the item is about, read through its feature before the transaction: an unknown one is not found
    // (it failed on the foreign key before), one outside the meeting's chains refused.
    const projectId = input.projectId ?? (input.refKind === MeetingRefKind.PROJECT ? (input.refId ?? null) : null);
    if (projectId) await this.scopedProject(await this.get(input.meetingId), projectId, input.projectId ? 'projectId' : 'refId');
    const id = await this.db.transaction(async (m) => {
      const meeting = await this.forChange(m, actor, input.meetingId, 'meeting.manage');
      this.assertPlanned(meeting);
      if ((input.refKind ?? null) === null !== ((input.refId ?? null) === null)) throw badField('refId', 'input.required');
      if (input.refId) {
        const same = await m.findOne(MeetingItem, { where: { meetingId: meeting.id, kind: MeetingItemKind.CUSTOM, refId: input.refId } });
        if (same) throw badField('refId', 'meeting.duplicateItem');
      }
      const last = await m.createQueryBuilder(MeetingItem, 'i').select('COALESCE(max(i.position), -1)', 'max').where('i.meeting_id = :id', { id: meeting.id }).getRawOne<{ max: number }>();
      const item = await m.save(
        m.create(MeetingItem, {
          meetingId: meeting.id,
          position: Number(last?.max ?? -1) + 1,
          kind: MeetingItemKind.CUSTOM,
          refKind: input.refKind ?? null,
          refId: input.refId ?? null,
          projectId,
          title: input.title,
          summary: input.summary?.trim() || null,
          carriedCount: 0,
          decisions: [],
          isDemo: false,
        }),
      );
      return item.id;
    });
    return this.item(id);
  }

  async removeItem(actor: Actor, itemId: string): Promise<Meeting> {
    const meetingId = await this.db.transaction(async (m) => {
      const item = await this.itemIn(m, itemId);
      const meeting = await this.forChange(m, actor, item.meetingId, 'meeting.manage');
      this.assertPlanned(meeting);
      await m.delete(MeetingItem, { id: item.id });
      await this.renumber(m, meeting.id);
      return meeting.id;
    });
    return this.get(meetingId);
  }

  async reorderItems(actor: Actor, input: ReorderMeetingItemsInput): Promise<Meeting> {
    await this.db.transaction(async (m) => {
      const meeting = await this.forChange(m, actor, input.meetingId, 'meeting.manage');
      this.assertPlanned(meeting);
      const items = await m.find(MeetingItem, { where: { meetingId: meeting.id } });
      const ids = new Set(items.map((i) => i.id));
      if (input.itemIds.length !== items.length || new Set(input.itemIds).size !== items.length || input.itemIds.some((id) => !ids.has(id)))
        throw badField('itemIds', 'meeting.itemsOrder');
      await m.query(
        `UPDATE meeting_item i SET position = d.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS d(id, position) WHERE i.id = d.id AND i.meeting_id = $1`,
        [meeting.id, input.itemIds],
      );
    });
    return this.get(input.meetingId);
  }

  // ------------------------------------------------------------------------------------------------------------
  // During the meeting

  async recordItem(actor: Actor, input: RecordMeetingItemInput): Promise<MeetingItem> {
    await this.db.transaction(async (m) => {
      const item = await this.itemIn(m, input.itemId);
      await this.forChange(m, actor, item.meetingId, 'meeting.record');
      const set: Partial<MeetingItem> = {};
      if (input.discussion !== undefined) set.discussion = input.discussion?.trim() || null;
      if (input.decisions !== undefined) set.decisions = input.decisions;
      if (Object.keys(set).length) await m.update(MeetingItem, { id: item.id }, set);
    });
    return this.item(input.itemId);
  }

  async addAction(actor: Actor, input: AddActionItemInput): Promise<ActionItem> {
    // Records of the projects feature are read through its service before the transaction.
    const scoped = await this.get(input.meetingId);
    const issue = input.issueId ? await this.scopedIssue(scoped, input.issueId) : null;
    if (input.projectId) await this.scopedProject(scoped, input.projectId);
    const id = await this.db.transaction(async (m) => {
      const meeting = await this.forChange(m, actor, input.meetingId, 'meeting.record');
      const item = input.itemId ? await this.itemIn(m, input.itemId) : null;
      if (item && item.meetingId !== meeting.id) throw notFound('meetingItem', input.itemId!);
      if (!input.ownerId) throw badField('ownerId', 'input.required');
      const owner = await m.findOne(User, { where: { id: input.ownerId } });
      if (!owner) throw notFound('user', input.ownerId);
      if (!owner.active) throw badField('ownerId', 'meeting.ownerInactive', { name: owner.displayName });
      if (input.dueOn < meeting.heldOn) throw badField('dueOn', 'meeting.dueBeforeMeeting');
      const projectId = input.projectId ?? issue?.projectId ?? item?.projectId ?? null;
      const action = await m.save(
        m.create(ActionItem, {
          meetingId: meeting.id,
          itemId: item?.id ?? null,
          text: input.text,
          ownerId: owner.id,
          dueOn: input.dueOn,
          projectId,
          issueId: issue?.id ?? null,
          status: ActionItemStatus.OPEN,
          doneOn: null,
          createdOn: this.today() < meeting.heldOn ? meeting.heldOn : this.today(),
          isDemo: false,
        }),
      );
      return action.id;
    });
    return this.action(id);
  }

  /** Ticks an action item off (its owner, or those who may edit actions on the meeting's chains); any day, also after the meeting. */
  async completeAction(actor: Actor, actionId: string): Promise<ActionItem> {
    const action = await this.action(actionId);
    const meeting = await this.get(action.meetingId);
    if (action.ownerId !== actor.id) await this.assertMay(actor, 'action.edit', meeting);
    if (action.status === ActionItemStatus.DONE) throw badInput('action.alreadyDone');
    // In a transaction, as every write: the audit trail records who ticked it off.
    await this.db.transaction((m) => m.update(ActionItem, { id: action.id, status: ActionItemStatus.OPEN }, { status: ActionItemStatus.DONE, doneOn: this.today() }));
    return this.action(actionId);
  }

  /** Closes an issue out (销号) at the meeting, through the projects feature, and records it with the meeting. */
  async closeOutIssue(actor: Actor, input: CloseOutIssueInput): Promise<MeetingIssueClosure> {
    const meeting = await this.get(input.meetingId);
    await this.assertMay(actor, 'meeting.record', meeting);
    if (meeting.status === MeetingStatus.HELD) throw conflict('meeting.held');
    const item = input.itemId ? await this.item(input.itemId) : null;
    if (item && item.meetingId !== meeting.id) throw notFound('meetingItem', input.itemId!);
    await this.scopedIssue(meeting, input.issueId);
    const closed = await this.records.moveIssue(actor, { issueId: input.issueId, to: CoordinationIssueStatus.CLOSED, resolution: input.resolution } as never);
    const row = await this.db.manager.save(
      this.db.manager.create(MeetingIssueClosure, {
        meetingId: meeting.id,
        itemId: item?.id ?? null,
        issueId: closed.id,
        resolution: closed.resolution ?? input.resolution,
        closedOn: closed.closedOn ?? this.today(),
        isDemo: false,
      }),
    );
    return row;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Figures and papers

  /** A meeting's figures: those frozen with it once held, else as of now. */
  async figures(actor: Actor, meeting: Meeting): Promise<FiguresData> {
    if (meeting.status === MeetingStatus.HELD && meeting.frozen?.figures) return meeting.frozen.figures;
    return this.liveFigures(actor, meeting);
  }

  /** The figures of the held meetings covering a chain (or all), oldest first. */
  async trend(actor: Actor, chainId: string | null): Promise<FiguresData[]> {
    const meetings = (await this.list({ chainId, limit: 100 })).filter((m) => m.status === MeetingStatus.HELD).reverse();
    const out: FiguresData[] = [];
    for (const m of meetings) out.push(await this.figures(actor, m));
    return out;
  }

  async minutes(actor: Actor, meetingId: string): Promise<MeetingPaper> {
    const meeting = await this.get(meetingId);
    const stored = meeting.status === MeetingStatus.HELD ? await this.storedFile(meetingId, 'minutesDocx') : null;
    // The minutes name neither the figures nor the ledger: a live draft leaves them out.
    const bytes = stored ?? (await minutesDocx(meeting.frozen ?? (await this.paperData(actor, meeting, { figures: false, ledger: false }))));
    return { fileName: `${meeting.title}-${t('meeting.paper.minutes')}-${meeting.heldOn}.docx`, contentBase64: bytes.toString('base64') };
  }

  async ledger(actor: Actor, meetingId: string): Promise<MeetingPaper> {
    const meeting = await this.get(meetingId);
    const stored = meeting.status === MeetingStatus.HELD ? await this.storedFile(meetingId, 'ledgerXlsx') : null;
    const bytes = stored ?? (await ledgerXlsx(meeting.frozen ?? (await this.paperData(actor, meeting, { figures: false, ledger: true }))));
    return { fileName: `${meeting.title}-${t('meeting.paper.ledger')}-${meeting.heldOn}.xlsx`, contentBase64: bytes.toString('base64') };
  }

  private async storedFile(meetingId: string, column: 'minutesDocx' | 'ledgerXlsx'): Promise<Buffer | null> {
    const row = await this.db.manager.createQueryBuilder(Meeting, 'm').addSelect(`m.${column}`).where('m.id = :meetingId', { meetingId }).getOne();
    return (row?.[column] as Buffer | null | undefined) ?? null;
  }

  /**
   * The papers' content now: the meeting, its items with what was recorded, actions, close-outs, figures and the ledger
   * (the last two only when asked: the minutes alone need neither).
   */
  async paperData(actor: Actor, meeting: Meeting, parts: { figures: boolean; ledger: boolean } = { figures: true, ledger: true }): Promise<FrozenMeeting> {
    const [items, attendees, actions, closures, chains] = await Promise.all([
      this.items(meeting.id),
      this.attendees(meeting.id),
      this.actions(meeting.id),
      this.closures(meeting.id),
      this.scopeChains(actor, meeting),
    ]);
    const userIds = [...new Set([meeting.chairId, ...attendees.map((a) => a.userId), ...actions.map((a) => a.ownerId)].filter((x): x is string => !!x))];
    const issueIds = [...actions.map((a) => a.issueId), ...closures.map((c) => c.issueId)].filter((x): x is string => !!x);
    const [userRows, issueRows, ledger, figures] = await Promise.all([
      userIds.length ? this.db.manager.findBy(User, { id: In(userIds) }) : [],
      this.period.issuesByIds(issueIds),
      parts.ledger ? this.ledgerRows(actor, meeting, chains) : [],
      parts.figures ? this.liveFigures(actor, meeting) : null,
    ]);
    const users = new Map(userRows.map((u) => [u.id, u.displayName]));
    const issues = new Map(issueRows.map((i) => [i.id, i]));
    const projectIds = [...new Set([...actions.map((a) => a.projectId), ...issueRows.map((i) => i.projectId)].filter((x): x is string => !!x))];
    const projectNames = new Map((await this.period.projectsByIds(projectIds)).map((p) => [p.id, p.name]));
    const itemTitle = new Map(items.map((i) => [i.id, i.title]));
    return {
      meeting: {
        title: meeting.title,
        heldOn: meeting.heldOn,
        place: meeting.place,
        chair: meeting.chairId ? (users.get(meeting.chairId) ?? null) : null,
        attendees: attendees.map((a) => (a.userId ? (users.get(a.userId) ?? '') : [a.guestName, a.guestUnit ? `（${a.guestUnit}）` : ''].join(''))),
        scope: meeting.allChains ? [t('meeting.text.allChains')] : chains.map((c) => c.name),
        allChains: meeting.allChains,
        periodFrom: meeting.periodFrom,
        periodTo: meeting.periodTo,
      },
      items: items.map((i) => ({ position: i.position, kind: i.kind, title: i.title, summary: i.summary, discussion: i.discussion, decisions: i.decisions, carriedCount: i.carriedCount })),
      actions: actions.map((a) => ({
        item: a.itemId ? (itemTitle.get(a.itemId) ?? null) : null,
        text: a.text,
        owner: users.get(a.ownerId) ?? '',
        dueOn: a.dueOn,
        status: a.status,
        project: a.projectId ? (projectNames.get(a.projectId) ?? null) : null,
        issue: a.issueId ? (issues.get(a.issueId)?.title ?? null) : null,
      })),
      closures: closures.map((c) => {
        const issue = issues.get(c.issueId);
        return { issue: issue?.title ?? '', project: issue ? (projectNames.get(issue.projectId) ?? null) : null, resolution: c.resolution, closedOn: c.closedOn };
      }),
      figures,
      ledger,
    };
  }

  private async ledgerRows(actor: Actor, meeting: Meeting, chains: IndustryChain[]): Promise<FrozenMeeting['ledger']> {
    const lists = meeting.allChains ? [undefined] : chains.map((c) => c.id);
    const rows: FrozenMeeting['ledger'] = [];
    for (const chainId of lists) {
      const input = Object.assign(new ProjectListInput(), chainId ? { chainId } : {});
      for (const r of await this.projects.exportRows(actor, input)) {
        if (r.project.stage === ProjectStage.DROPPED) continue;
        rows.push({
          name: r.project.name,
          chain: r.chain,
          stage: stageText(r.project.stage),
          investment: r.project.agreedInvestment,
          funds: r.fundsInPlace,
          owner: r.owner,
          unit: r.responsibleUnit,
          light: r.light ? lightText(r.light) : null,
          latest: r.latestUpdate,
          issues: r.openIssues,
        });
      }
    }
    return rows;
  }

  private async liveFigures(actor: Actor, meeting: Meeting): Promise<FiguresData> {
    const chainIds = meeting.allChains ? null : meeting.chainIds;
    const range: PeriodRange = { from: meeting.periodFrom, to: meeting.periodTo, chainIds };
    const [issues, moves, actions, counters] = await Promise.all([
      this.period.issuesOn(meeting.periodTo, chainIds),
      this.period.stageMovesBetween(range),
      this.db.manager
        .createQueryBuilder(ActionItem, 'a')
        .innerJoin(Meeting, 'm', 'm.id = a.meeting_id')
        .where('m.scope_key = :key AND m.held_on <= :heldOn', { key: meeting.scopeKey, heldOn: meeting.heldOn })
        .getMany(),
      this.scopeCounters(actor, meeting, meeting.periodTo),
    ]);
    const byUnit = new Map<string | null, CoordinationIssueStatus[]>();
    for (const i of issues) byUnit.set(i.responsibleUnitId, [...(byUnit.get(i.responsibleUnitId) ?? []), i.status]);
    const unitIds = [...byUnit.keys()].filter((x): x is string => !!x);
    const units = new Map((unitIds.length ? await this.db.manager.findBy(Department, { id: In(unitIds) }) : []).map((d) => [d.id, d.name]));
    const closureByUnit = [...byUnit.entries()]
      .map(([unitId, statuses]) => ({ unit: unitId ? (units.get(unitId) ?? null) : null, ...issueClosureRate(statuses) }))
      .sort((a, b) => (a.unit ?? '\uffff').localeCompare(b.unit ?? '\uffff', 'zh-CN'));
    return {
      meetingId: meeting.id,
      title: meeting.title,
      heldOn: meeting.heldOn,
      issueClosure: issueClosureRate(issues.map((i) => i.status)),
      closureByUnit,
      actionsOnTime: actionsOnTimeRate(
        actions.map((a) => ({ dueOn: a.dueOn, doneOn: a.doneOn && a.doneOn <= meeting.periodTo ? a.doneOn : null })),
        meeting.periodTo,
      ),
      projectsMoved: new Set(moves.map((mv) => mv.projectId)).size,
      ...counters,
    };
  }

  /** The plan's counters over the meeting's chains (the sum of each chain's, or all chains at once). */
  private async scopeCounters(actor: Actor, scope: Scope, asOf: string) {
    const chainIds: Array<string | null> = scope.allChains ? [null] : (await this.scopeChains(actor, scope)).map((c) => c.id);
    const all = await Promise.all(chainIds.map((chainId) => this.projects.counters({ asOf, chainId })));
    return {
      signed: all.reduce((n, c) => n + c.signed, 0),
      industrialisation: all.reduce((n, c) => n + c.industrialisation, 0),
      tier30Plus: all.reduce((n, c) => n + c.tier30Plus, 0),
      tier10To30: all.reduce((n, c) => n + c.tier10To30, 0),
      signedAmount: sumDecimals(all.map((c) => c.signedAmount)),
    };
  }

  // ------------------------------------------------------------------------------------------------------------
  // Building the agenda

  /**
   * The built agenda of a period (after `from`, up to `to`): actions still open from the scope's earlier meetings
   * (with how many meetings they have been open), new leads and projects, stage moves, projects turning yellow or red
   * or red at both ends (the domain's light on both days), overdue milestones, issues raised, still open (oldest
   * first) and closed out, projects without an update, the plan's counters. Each item links to its record.
   */
  async buildAgenda(
    actor: Actor,
    scope: Scope,
    p: { from: string; to: string; heldOn: string; scopeKey: string; excludeMeetingId: string | null },
  ): Promise<ItemDraft[]> {
    const chainIds = scope.allChains ? null : scope.chainIds;
    const range: PeriodRange = { from: p.from, to: p.to, chainIds };
    const [projects, leads, created, moves, lights, milestones, issues, quiet, carried, counters] = await Promise.all([
      this.period.projectsOn(p.to, chainIds),
      this.leads.createdBetween(actor, range),
      this.period.projectsCreatedBetween(range),
      this.period.stageMovesBetween(range),
      this.period.lightsOn([p.from, p.to], chainIds),
      this.period.overdueMilestonesOn(p.to, chainIds),
      this.period.issuesBetween(range),
      this.period.projectsWithoutUpdateBetween(range),
      this.carriedActions(p.scopeKey, p.heldOn, p.excludeMeetingId),
      this.counterScopes(actor, scope).then((list) =>
        Promise.all(list.map(async (cs) => ({ ...cs, counters: await this.projects.counters({ asOf: p.to, chainId: cs.chainId }) }))),
      ),
    ]);
    const byId = new Map<string, PeriodProject>(projects.map((x) => [x.id, x]));
    const name = (id: string) => byId.get(id)?.name ?? '';
    const drafts: ItemDraft[] = [];
    const push = (kind: MeetingItemKind, refKind: MeetingRefKind | null, refId: string | null, projectId: string | null, title: string, summary: string | null, carriedCount = 0) =>
      drafts.push({ kind, refKind, refId, projectId, title: title.slice(0, 300), summary, carriedCount });

    for (const a of carried) push(MeetingItemKind.CARRIED_ACTION, MeetingRefKind.ACTION, a.id, a.projectId, a.text, fill('meeting.text.carried', { owner: a.owner, dueOn: a.dueOn, count: a.count }), a.count);
    for (const l of leads) push(MeetingItemKind.NEW_LEAD, MeetingRefKind.LEAD, l.id, null, l.title, fill('meeting.text.newLead', { createdOn: l.createdOn }));
    for (const x of created) push(MeetingItemKind.NEW_PROJECT, MeetingRefKind.PROJECT, x.id, x.id, x.name, fill('meeting.text.newProject', { createdOn: x.createdOn, stage: stageText(x.stage) }));
    // A project's moves of the period, in order, in one item (projects in the order of their first move).
    const movesOf = new Map<string, string[]>();
    for (const mv of moves) {
      const text = fill('meeting.text.move', { from: stageText(mv.fromStage), to: stageText(mv.toStage), on: mv.effectiveOn });
      const list = movesOf.get(mv.projectId);
      if (list) list.push(text);
      else movesOf.set(mv.projectId, [text]);
    }
    for (const [id, texts] of movesOf) push(MeetingItemKind.STAGE_MOVE, MeetingRefKind.PROJECT, id, id, name(id), texts.join('；'));
    const lightItems: Record<string, ItemDraft[]> = {};
    for (const [id, [start, end]] of lights) {
      const kind = lightChangeKind(start, end);
      if (!kind) continue;
      (lightItems[kind] ??= []).push({
        kind,
        refKind: MeetingRefKind.PROJECT,
        refId: id,
        projectId: id,
        title: name(id),
        summary: fill('meeting.text.light', { start: lightText(start), end: lightText(end) }),
        carriedCount: 0,
      });
    }
    for (const list of Object.values(lightItems)) drafts.push(...list);
    for (const ms of milestones)
      push(MeetingItemKind.OVERDUE_MILESTONE, MeetingRefKind.MILESTONE, ms.id, ms.projectId, `${name(ms.projectId)}：${ms.name}`, fill('meeting.text.milestone', { name: ms.name, plannedOn: ms.plannedOn, days: ms.daysLate }));
    const issueSummary = (i: (typeof issues.opened)[number], extra: string) =>
      [fill('meeting.text.issue', { raisedOn: i.raisedOn, unit: i.fromUnit ?? '' }).replace(/；$/, ''), i.dueOn ? fill('meeting.text.issueDue', { dueOn: i.dueOn }) : null, extra || null]
        .filter(Boolean)
        .join('；');
    for (const i of issues.opened) push(MeetingItemKind.ISSUE_OPENED, MeetingRefKind.ISSUE, i.id, i.projectId, `${name(i.projectId)}：${i.title}`, issueSummary(i, ''));
    for (const i of issues.stillOpen)
      push(MeetingItemKind.ISSUE_OPEN, MeetingRefKind.ISSUE, i.id, i.projectId, `${name(i.projectId)}：${i.title}`, issueSummary(i, fill('meeting.text.issueAge', { days: daysBetween(i.raisedOn, p.to) })));
    for (const i of issues.closed)
      push(MeetingItemKind.ISSUE_CLOSED, MeetingRefKind.ISSUE, i.id, i.projectId, `${name(i.projectId)}：${i.title}`, fill('meeting.text.issueClosed', { closedOn: i.closedOn ?? '', resolution: i.resolution ?? '' }));
    for (const x of quiet)
      push(MeetingItemKind.NO_UPDATE, MeetingRefKind.PROJECT, x.id, x.id, x.name, x.lastUpdateOn ? fill('meeting.text.noUpdate', { lastUpdateOn: x.lastUpdateOn }) : label('meeting.text.noUpdateNever'));
    for (const { counters: c, ...cs } of counters) {
      push(
        MeetingItemKind.COUNTERS,
        cs.chainId ? MeetingRefKind.CHAIN : null,
        cs.chainId,
        null,
        `${cs.title}${label('meeting.kind.COUNTERS')}`,
        fill('meeting.text.counters', {
          signed: c.signed,
          amount: c.signedAmount,
          industrialisation: c.industrialisation,
          targetIndustrialisation: PLAN_PROJECT_TARGETS.industrialisation,
          tier30: c.tier30Plus,
          target30: PLAN_PROJECT_TARGETS.tier30Plus,
          tier10: c.tier10To30,
          target10: PLAN_PROJECT_TARGETS.tier10To30,
        }),
      );
    }
    const rank = (k: MeetingItemKind) => MEETING_ITEM_ORDER.indexOf(k);
    return drafts.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d.kind) - rank(b.d.kind) || a.i - b.i).map((x) => x.d);
  }

  /** Whose plan counters the agenda shows: all chains at once, or each chain of the meeting. */
  private async counterScopes(actor: Actor, scope: Scope): Promise<Array<{ chainId: string | null; title: string }>> {
    if (scope.allChains) return [{ chainId: null, title: t('meeting.text.allChains') }];
    return (await this.scopeChains(actor, scope)).map((c) => ({ chainId: c.id, title: c.name }));
  }

  /** Open actions of the scope's earlier meetings, with how many meetings of the scope they have been open (this one counted). */
  private async carriedActions(scopeKey: string, heldOn: string, excludeMeetingId: string | null) {
    const rows: Array<{ id: string; text: string; due_on: string; project_id: string | null; owner_id: string; count: number }> = await this.db.query(
      `SELECT a.id, a.text, a.due_on::text AS due_on, a.project_id, a.owner_id,
              1 + (SELECT count(*)::int FROM meeting later
                    WHERE later.scope_key = $1 AND later.status = $4 AND later.held_on > m.held_on AND later.held_on < $2
                      AND later.id IS DISTINCT FROM $3) AS count
         FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id
        WHERE m.scope_key = $1 AND m.held_on < $2 AND m.id IS DISTINCT FROM $3 AND a.status = $5
        ORDER BY m.held_on, a.due_on, a.id`,
      [scopeKey, heldOn, excludeMeetingId, MeetingStatus.HELD, ActionItemStatus.OPEN],
    );
    const ownerIds = [...new Set(rows.map((r) => r.owner_id))];
    const owners = new Map((ownerIds.length ? await this.db.manager.findBy(User, { id: In(ownerIds) }) : []).map((u) => [u.id, u.displayName]));
    return rows.map((r) => ({ id: r.id, text: r.text, dueOn: r.due_on, projectId: r.project_id, owner: owners.get(r.owner_id) ?? '', count: r.count }));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Helpers

  /** The previous held meeting of a scope before a day. */
  private async previousHeld(scopeKey: string, before: string, excludeId: string | null): Promise<Meeting | null> {
    const qb = this.db.manager
      .createQueryBuilder(Meeting, 'm')
      .where('m.scope_key = :scopeKey AND m.status = :held AND m.held_on < :before', { scopeKey, held: MeetingStatus.HELD, before })
      .orderBy('m.held_on', 'DESC')
      .limit(1);
    if (excludeId) qb.andWhere('m.id <> :excludeId', { excludeId });
    return qb.getOne();
  }

  private async checkedScope(actor: Actor, allChains: boolean, chainIds: string[]): Promise<Scope> {
    if (allChains) return { allChains: true, chainIds: [] };
    const unique = [...new Set(chainIds)];
    if (!unique.length) throw badField('chainIds', 'meeting.chainsNeeded');
    const found = await this.chains.byIds(unique);
    for (const id of unique) if (!found.some((c) => c.id === id)) throw notFound('chain', id);
    return { allChains: false, chainIds: unique.sort() };
  }

  private async checkedPeople(m: EntityManager, chairId: string | null, attendees: MeetingAttendeeInput[]): Promise<void> {
    const ids = [...new Set([chairId, ...attendees.map((a) => a.userId ?? null)].filter((x): x is string => !!x))];
    const users = ids.length ? await m.findBy(User, { id: In(ids) }) : [];
    for (const id of ids) if (!users.some((u) => u.id === id)) throw notFound('user', id);
    for (const a of attendees) {
      const guest = a.guestName?.trim();
      if (!a.userId === !guest) throw badField('attendees', 'meeting.attendeeNeeded');
    }
  }

  private async writeAttendees(m: EntityManager, meetingId: string, attendees: MeetingAttendeeInput[]): Promise<void> {
    if (!attendees.length) return;
    await m.insert(
      MeetingAttendee,
      attendees.map((a, position) => ({
        meetingId,
        position,
        userId: a.userId ?? null,
        guestName: a.userId ? null : (a.guestName?.trim() ?? null),
        guestUnit: a.userId ? null : a.guestUnit?.trim() || null,
        isDemo: false,
      })),
    );
  }

  /** Writes agenda items at positions from `start`, in one statement whatever their number (a column an array). */
  private async writeItems(m: EntityManager, meetingId: string, drafts: ItemDraft[], start: number): Promise<void> {
    if (!drafts.length) return;
    await m.query(
      `INSERT INTO meeting_item (meeting_id, position, kind, ref_kind, ref_id, project_id, title, summary, carried_count)
       SELECT $1, d.position, d.kind, d.ref_kind, d.ref_id, d.project_id, d.title, d.summary, d.carried_count
         FROM unnest($2::int[], $3::varchar[], $4::varchar[], $5::uuid[], $6::uuid[], $7::varchar[], $8::text[], $9::int[])
              AS d(position, kind, ref_kind, ref_id, project_id, title, summary, carried_count)`,
      [
        meetingId,
        drafts.map((_, i) => start + i),
        drafts.map((d) => d.kind),
        drafts.map((d) => d.refKind),
        drafts.map((d) => d.refId),
        drafts.map((d) => d.projectId),
        drafts.map((d) => d.title),
        drafts.map((d) => d.summary),
        drafts.map((d) => d.carriedCount),
      ],
    );
  }

  private async renumber(m: EntityManager, meetingId: string): Promise<void> {
    await m.query(
      `UPDATE meeting_item i SET position = r.n + 100000 FROM (SELECT id, row_number() OVER (ORDER BY position, id) - 1 AS n FROM meeting_item WHERE meeting_id = $1) r
        WHERE i.id = r.id`,
      [meetingId],
    );
    await m.query(`UPDATE meeting_item SET position = position - 100000 WHERE meeting_id = $1`, [meetingId]);
  }

  private async usedItemIds(m: EntityManager, meetingId: string): Promise<Set<string>> {
    const rows: Array<{ item_id: string }> = await m.query(
      `SELECT item_id FROM meeting_action WHERE meeting_id = $1 AND item_id IS NOT NULL UNION SELECT item_id FROM meeting_issue_closure WHERE meeting_id = $1 AND item_id IS NOT NULL`,
      [meetingId],
    );
    return new Set(rows.map((r) => r.item_id));
  }

  /** The meeting for a change: it exists, is not held, and the actor's grant reaches all its chains. */
  private async forChange(m: EntityManager, actor: Actor, meetingId: string, operation: Operation): Promise<Meeting> {
    const meeting = await m.findOne(Meeting, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
    if (!meeting) throw notFound('meeting', meetingId);
    if (!can(actor, operation)) throw forbidden();
    const all = await this.chains.reachable(actor, 'chain.read', m);
    const chains = meeting.allChains ? all : all.filter((c) => meeting.chainIds.includes(c.id));
    if (!chains.every((c) => canOnChain(actor, operation, c))) throw forbidden();
    if (meeting.status === MeetingStatus.HELD) throw conflict('meeting.held');
    return meeting;
  }

  private assertPlanned(meeting: Meeting): void {
    if (meeting.status === MeetingStatus.HELD) throw conflict('meeting.held');
    if (meeting.status !== MeetingStatus.PLANNED) throw new AppError(ErrorCode.CONFLICT, 'meeting.started');
  }

  private async scopedIssue(meeting: Meeting, issueId: string) {
    const [issue] = await this.period.issuesByIds([issueId]);
    if (!issue) throw notFound('coordinationIssue', issueId);
    await this.scopedProject(meeting, issue.projectId, 'issueId');
    return issue;
  }

  private async scopedProject(meeting: Meeting, projectId: string, field = 'projectId'): Promise<void> {
    const [project] = await this.period.projectsByIds([projectId]);
    if (!project) throw notFound('project', projectId);
    if (!meeting.allChains && !meeting.chainIds.includes(project.chainId)) throw badField(field, 'meeting.issueOutOfScope');
  }

  async item(id: string): Promise<MeetingItem> {
    return this.itemIn(this.db.manager, id);
  }

  private async itemIn(m: EntityManager, id: string): Promise<MeetingItem> {
    const item = await m.findOne(MeetingItem, { where: { id } });
    if (!item) throw notFound('meetingItem', id);
    return item;
  }

  async action(id: string): Promise<ActionItem> {
    const action = await this.db.manager.findOne(ActionItem, { where: { id } });
    if (!action) throw notFound('actionItem', id);
    return action;
  }
}
