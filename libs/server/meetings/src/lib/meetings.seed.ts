import { join } from 'path';
import { ActionItemStatus, actionsOnTimeRate, FIRST_MEETING_PERIOD_DAYS, MeetingItemKind, MeetingStatus } from '@chainboard/domain';
import { chainNodeIdsByName, chainsSeed, IndustryChain } from '@chainboard/server-chains';
import { isSeedDate, readSeedFile, SeedStep, seedDate, seedFiles } from '@chainboard/server-database';
import { User, userIdByUsername, usersSeed } from '@chainboard/server-users';
import { ActionItem, FrozenMeeting, Meeting, MeetingAttendee, MeetingItem } from './meeting.entity';
import { scopeKeyOf } from './meetings.service';

type SeedDay = string | Date;

export interface MeetingActionSeed {
  text: string;
  owner: string;
  due: SeedDay;
  done?: SeedDay;
}

export interface MeetingSeed {
  on: SeedDay;
  title: string;
  place?: string;
  chair: string;
  attendees?: string[];
  guests?: Array<{ name: string; unit?: string }>;
  items: Array<{ title: string; discussion?: string; decisions?: string[] }>;
  actions?: MeetingActionSeed[];
}

export interface MeetingsFileSeed {
  chains: Array<{ chain: string; meetings: MeetingSeed[] }>;
}

/** One meeting of the seed, with the chain it covers: the unit the step loads and counts. */
export type ChainMeetingSeed = MeetingSeed & { chain: string };

/**
 * The demo history of the progress meetings (seeds/meetings): past meetings of each chain, held and frozen, with
 * their items, decisions and action items (some done on time, some late, some still open, so that they come back on
 * the next meeting's agenda). Demo data only, flagged is_demo; each meeting loads once.
 */
export const meetingsSeed: SeedStep<ChainMeetingSeed[]> = {
  name: 'meetings',
  read: (dir) =>
    seedFiles(join(dir, 'meetings')).flatMap((file) => (readSeedFile<MeetingsFileSeed>(file).chains ?? []).flatMap((c) => (c.meetings ?? []).map((mt) => ({ ...mt, chain: c.chain })))),
  problems(meetings, other) {
    const chains = new Set(other(chainsSeed).map((c) => c.code));
    const users = new Set(other(usersSeed).map((u) => u.username));
    const problems: string[] = [];
    for (const mt of meetings) {
      const where = `meetings ${mt.chain} ${mt.title}`;
      if (!chains.has(mt.chain)) problems.push(`${where}: unknown chain`);
      if (!isSeedDate(mt.on)) problems.push(`${where}: "on" is not a date`);
      for (const u of [mt.chair, ...(mt.attendees ?? []), ...(mt.actions ?? []).map((a) => a.owner)]) if (!users.has(u)) problems.push(`${where}: unknown user ${u}`);
      for (const a of mt.actions ?? []) {
        if (!isSeedDate(a.due)) problems.push(`${where}: action "${a.text}" has no due date`);
        if (a.done !== undefined && !isSeedDate(a.done)) problems.push(`${where}: action "${a.text}" has a bad done date`);
      }
    }
    return problems;
  },
  async load(m, meetings, context) {
    if (!context.demo) return 0;
    let added = 0;
    const today = context.today;
    const day = (v: SeedDay) => seedDate(v, today);
    const users = new Map<string, { id: string; name: string }>();
    const user = async (username: string) => {
      if (!users.has(username)) {
        const id = await userIdByUsername(m, username);
        const row = await m.findOne(User, { where: { id } });
        users.set(username, { id, name: row?.displayName ?? username });
      }
      return users.get(username)!;
    };
    for (const code of [...new Set(meetings.map((mt) => mt.chain))]) {
      const c = { chain: code, meetings: meetings.filter((mt) => mt.chain === code) };
      const { chainId } = await chainNodeIdsByName(m, c.chain);
      if (!chainId) continue;
      const chainRow = await m.findOne(IndustryChain, { where: { id: chainId } });
      const ordered = [...c.meetings].sort((a, b) => day(a.on).localeCompare(day(b.on)));
      let previousId: string | null = null;
      let previousOn: string | null = null;
      for (const mt of ordered) {
        const key = `meeting:${c.chain}:${mt.title}`;
        if (await context.applied(key)) continue;
        const heldOn = day(mt.on);
        const chair = await user(mt.chair);
        const attendees = await Promise.all((mt.attendees ?? []).map(user));
        const periodFrom = previousOn ?? weekBefore(heldOn);
        const actions = await Promise.all(
          (mt.actions ?? []).map(async (a) => ({ ...a, owner: await user(a.owner), dueOn: day(a.due), doneOn: a.done === undefined ? null : day(a.done) })),
        );
        const frozen: FrozenMeeting = {
          meeting: {
            title: mt.title,
            heldOn,
            place: mt.place ?? null,
            chair: chair.name,
            attendees: [...attendees.map((a) => a.name), ...(mt.guests ?? []).map((g) => `${g.name}${g.unit ? `（${g.unit}）` : ''}`)],
            scope: [chainRow?.name ?? c.chain],
            allChains: false,
            periodFrom,
            periodTo: heldOn,
          },
          items: mt.items.map((it, position) => ({
            position,
            kind: MeetingItemKind.CUSTOM,
            title: it.title,
            summary: null,
            discussion: it.discussion ?? null,
            decisions: it.decisions ?? [],
            carriedCount: 0,
          })),
          actions: actions.map((a) => ({ item: null, text: a.text, owner: a.owner.name, dueOn: a.dueOn, status: ActionItemStatus.OPEN, project: null, issue: null })),
          closures: [],
          figures: null,
          ledger: [],
        };
        const meeting: Meeting = await m.save(
          m.create(Meeting, {
            title: mt.title,
            heldOn,
            place: mt.place ?? null,
            allChains: false,
            chainIds: [chainId],
            scopeKey: scopeKeyOf({ allChains: false, chainIds: [chainId] }),
            chairId: chair.id,
            status: MeetingStatus.HELD,
            periodFrom,
            periodTo: heldOn,
            previousMeetingId: previousId,
            heldAt: new Date(`${heldOn}T12:00:00+08:00`),
            isDemo: true,
          }),
        );
        frozen.figures = {
          meetingId: meeting.id,
          title: mt.title,
          heldOn,
          issueClosure: { closed: 0, total: 0, percent: 0 },
          closureByUnit: [],
          actionsOnTime: actionsOnTimeRate(actions, heldOn),
          projectsMoved: 0,
          signed: 0,
          industrialisation: 0,
          tier30Plus: 0,
          tier10To30: 0,
          signedAmount: '0',
        };
        await m.update(Meeting, { id: meeting.id }, { frozen: frozen as never });
        const people = [
          ...attendees.map((a) => ({ userId: a.id, guestName: null, guestUnit: null })),
          ...(mt.guests ?? []).map((g) => ({ userId: null, guestName: g.name, guestUnit: g.unit ?? null })),
        ];
        if (people.length) await m.insert(MeetingAttendee, people.map((p, position) => ({ ...p, meetingId: meeting.id, position, isDemo: true })));
        if (mt.items.length)
          await m.insert(
            MeetingItem,
            mt.items.map((it, position) => ({
              meetingId: meeting.id,
              position,
              kind: MeetingItemKind.CUSTOM,
              refKind: null,
              refId: null,
              projectId: null,
              title: it.title,
              summary: null,
              carriedCount: 0,
              discussion: it.discussion ?? null,
              decisions: it.decisions ?? [],
              isDemo: true,
            })),
          );
        if (actions.length)
          await m.insert(
            ActionItem,
            actions.map((a) => ({
              meetingId: meeting.id,
              itemId: null,
              text: a.text,
              ownerId: a.owner.id,
              dueOn: a.dueOn,
              projectId: null,
              issueId: null,
              status: a.doneOn ? ActionItemStatus.DONE : ActionItemStatus.OPEN,
              doneOn: a.doneOn,
              createdOn: heldOn,
              isDemo: true,
            })),
          );
        await context.markApplied(key);
        added++;
        previousId = meeting.id;
        previousOn = heldOn;
      }
    }
    return added;
  },
};

function weekBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - FIRST_MEETING_PERIOD_DAYS);
  return d.toISOString().slice(0, 10);
}
