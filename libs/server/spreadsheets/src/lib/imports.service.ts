import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import {
  Actor,
  checkField,
  deriveImportTitle,
  fieldForContent,
  fieldForHeading,
  IMPORT_FIELDS,
  importFieldLabelKey,
  importFieldSpec,
  ImportKindName,
  importLayout,
  IMPORTER_TARGET,
  isRowNumberHeading,
  ImportReference,
  LEAD_ROW_RULES,
  LeadSource,
  PROJECT_STAGES,
  ProjectStage,
  readHeading,
  REFUSE_TARGET,
} from '@chainboard/domain';
import { ChainsService, IndustryChain } from '@chainboard/server-chains';
import { CompaniesService } from '@chainboard/server-companies';
import { badInput, conflict, currentLanguage, forbidden, translate } from '@chainboard/server-core';
import { InteractionsService, LeadsService } from '@chainboard/server-leads';
import { ProjectImportService } from '@chainboard/server-projects';
import { User, UsersService } from '@chainboard/server-users';
import { ColumnMap, isKnownHeader } from './columns';
import { ImportMapping, ImportPreviewRecord, SavedColumn, SavedValue } from './import-mapping.entity';
import {
  companyRowReader,
  CompanyRow,
  leadRowReader,
  LeadRow,
  OwnerCandidate,
  ProjectLookups,
  projectRowReader,
  ProjectRow,
  REFUSED,
  RowReader,
  stageFromWord,
} from './rows';
import {
  ImportColumn,
  ImportFieldInfo,
  ImportFieldOrigin,
  ImportKind,
  ImportMode,
  ImportPreview,
  ImportProblem,
  ImportProgress,
  ImportResult,
  ImportTarget,
  ImportValueGroup,
  PreviewImportInput,
} from './spreadsheet.types';
import { locateTable, readSheetRows, SheetTable } from './table-reader';

/** The most data rows one file may hold. */
export const MAX_IMPORT_ROWS = 100_000;
/**
 * Rows written per batch of statements, and between two progress updates: companies alone, and leads or projects (each
 * with its company). Small batches keep what one batch holds from outliving the young generation's collections: larger
 * ones were no faster and left more garbage for the old generation (see BENCHMARKS.md, import of ledgers).
 */
const COMPANY_CHUNK = 250;
const CHUNK = 1_000;
/**
 * Rows a preview checks, matches to the records already there and sends to the database at a time (where the parts
 * are joined into the stored preview's array): a large file's checked rows are never all held at once.
 */
const PREVIEW_PART = 500;
/** How long a preview waits for its confirmation. */
const PREVIEW_TTL_MS = 30 * 60_000;
/** Values a column's content is judged by when its heading is unknown. */
const CONTENT_SAMPLE = 200;
/** Values shown beside each column in the mapping step. */
const SHOWN_SAMPLES = 3;

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

type AnyRow = CompanyRow | LeadRow | ProjectRow;

interface StoredImport {
  id: string;
  actorId: string;
  kind: ImportKind;
  fileName: string;
  preview: ImportPreview;
  expiresAt: number;
  progress: ImportProgress;
  confirmed: boolean;
  /** Asked to stop: the writing transaction rolls back at the next batch. */
  cancelRequested: boolean;
  /** The mapping to save for the user when the import is confirmed. */
  mapping: { layout: string; columns: SavedColumn[]; values: SavedValue[] };
}

/** A sheet's company row as the companies service takes it: an empty cell is "not given", never "clear it". */
function companyInput(row: CompanyRow): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/** A column's letter as a spreadsheet shows it: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The records a reference column's values can stand for, by target, with how a value of the file finds one. */
interface ReferenceBook {
  options: ImportTarget[];
  /** The target a value of the file names by itself (a name, a code, a word), or null. */
  match(value: string): string | null;
}

/**
 * Imports companies, leads and projects from .xlsx or .csv in two steps: a preview that maps the file's columns to
 * fields (the user's mapping, else the one they saved for files with the same headings, else one suggested from the
 * headings and the columns' content), maps the values of columns naming things in the system (chains, people,
 * stages, units, sources), reads, checks and counts every row (a dry run inside a transaction that is rolled back);
 * then a confirmation that writes all rows in one transaction — or only the good ones, when the user chooses so
 * explicitly — and saves the mapping for next time. Matching rows to existing records (credit code, then name;
 * company + chain + title for leads and projects) makes importing the same file twice change nothing. Previews are
 * kept in the database for 30 minutes (any API process can confirm one), and in memory in the process that made them.
 */
@Injectable()
export class ImportsService {
  private readonly imports = new Map<string, StoredImport>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly companies: CompaniesService,
    private readonly leads: LeadsService,
    private readonly interactions: InteractionsService,
    private readonly projects: ProjectImportService,
    private readonly chains: ChainsService,
    private readonly users: UsersService,
  ) {}

  async preview(actor: Actor, input: PreviewImportInput): Promise<ImportPreview> {
    this.forgetExpired();
    await this.dropExpired();
    const kind = input.kind as ImportKindName;
    const lng = currentLanguage();
    const label = (field: string) => translate(lng, importFieldLabelKey(kind, field));
    const table = await this.readTable(input);
    const width = Math.max(table.headers.length - 1, ...table.rows.slice(0, 1000).map((r) => r.cells.length - 1), 0);
    const indexes = Array.from({ length: width }, (_, i) => i + 1).filter((i) => table.headers[i] || table.rows.some((r) => r.cells[i]));
    const layout = importLayout(indexes.map((i) => table.headers[i] ?? ''));
    const saved = input.mapping ? null : await this.db.manager.findOne(ImportMapping, { where: { userId: actor.id, kind, layout } });

    // Suggestions: the heading's synonyms first (left to right), then the content of the columns left unnamed.
    const suggested = new Map<number, { field: string; origin: ImportFieldOrigin }>();
    const taken = new Set<string>();
    for (const i of indexes) {
      const field = table.headers[i] ? fieldForHeading(kind, table.headers[i], taken) : null;
      if (field) {
        suggested.set(i, { field, origin: ImportFieldOrigin.HEADING });
        taken.add(field);
      }
    }
    for (const i of indexes) {
      if (suggested.has(i) || isRowNumberHeading(table.headers[i] ?? '')) continue;
      const values = [];
      for (const r of table.rows) {
        if (r.cells[i]) values.push(r.cells[i]);
        if (values.length >= CONTENT_SAMPLE) break;
      }
      const field = fieldForContent(kind, values, taken);
      if (field) {
        suggested.set(i, { field, origin: ImportFieldOrigin.CONTENT });
        taken.add(field);
      }
    }

    // The mapping in force: the user's, the saved one, or the suggestions.
    const chosen = new Map<number, { field: string | null; origin: ImportFieldOrigin }>();
    const given = input.mapping?.columns ?? saved?.columns ?? null;
    for (const i of indexes) {
      const s = suggested.get(i);
      chosen.set(i, s ? { ...s } : { field: null, origin: ImportFieldOrigin.NONE });
    }
    if (given) {
      const origin = input.mapping ? ImportFieldOrigin.USER : ImportFieldOrigin.SAVED;
      for (const c of given) {
        if (!indexes.includes(c.index)) throw badInput('import.badColumn', { index: c.index });
        const field = c.field ?? null;
        const heading = table.headers[c.index] || translate(lng, 'import.column.unnamed', { letter: columnLetter(c.index) });
        if (field !== null && !importFieldSpec(kind, field)) throw badInput('import.unknownField', { column: heading });
        const before = chosen.get(c.index);
        chosen.set(c.index, { field, origin: before?.field === field && before.origin !== ImportFieldOrigin.NONE && !input.mapping ? before.origin : field ? origin : ImportFieldOrigin.NONE });
      }
    }
    const byField = new Map<string, number>();
    for (const [i, c] of chosen) {
      if (!c.field) continue;
      const other = byField.get(c.field);
      if (other !== undefined) throw badInput('import.fieldTwice', { column: table.headers[other] || columnLetter(other), other: table.headers[i] || columnLetter(i), field: label(c.field) });
      byField.set(c.field, i);
    }
    const map: ColumnMap = { columns: {}, units: {} };
    for (const [field, i] of byField) {
      map.columns[field] = i;
      map.units[field] = readHeading(table.headers[i] ?? '').unit;
    }

    // Values of reference columns: the user's choice, else the saved one, else the match by name or code.
    const valueChoices = new Map<string, string>();
    for (const v of saved?.values ?? []) valueChoices.set(`${v.field}|${v.value}`, v.target);
    for (const v of input.mapping?.values ?? []) valueChoices.set(`${v.field}|${v.value}`, v.target);
    const books = await this.referenceBooks(actor, kind);
    const values: ImportValueGroup[] = [];
    const resolved = new Map<string, Map<string, string | null>>();
    for (const [field, i] of byField) {
      const spec = importFieldSpec(kind, field)!;
      if (spec.type !== 'reference' || !spec.reference) continue;
      const book = books[spec.reference];
      const counts = new Map<string, number>();
      for (const r of table.rows) {
        const v = (r.cells[i] ?? '').trim();
        if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      const targets = new Map<string, string | null>();
      const mayLeaveToImporter = field === 'owner';
      const labelOf = (target: string | null) =>
        target === null ? null : target === IMPORTER_TARGET ? translate(lng, 'import.importer') : target === REFUSE_TARGET ? translate(lng, 'import.ignore') : (book.options.find((o) => o.target === target)?.label ?? null);
      const list = [...counts].map(([value, rows]) => {
        const match = book.match(value);
        let target = valueChoices.get(`${field}|${value}`) ?? match;
        const known = target === null || target === REFUSE_TARGET || (target === IMPORTER_TARGET && mayLeaveToImporter) || book.options.some((o) => o.target === target);
        if (!known) {
          if (input.mapping?.values?.some((v) => v.field === field && v.value === value)) throw badInput('import.unknownValue', { column: table.headers[i] || label(field), value });
          target = match;
        }
        targets.set(value, target);
        return { value, rows, suggested: match, target, targetLabel: labelOf(target) };
      });
      resolved.set(field, targets);
      values.push({ field, label: label(field), column: table.headers[i] || label(field), mayLeaveToImporter, values: list, options: book.options });
    }

    const columns: ImportColumn[] = indexes.map((i) => {
      const samples: string[] = [];
      for (const r of table.rows) {
        if (r.cells[i]) samples.push(r.cells[i]);
        if (samples.length >= SHOWN_SAMPLES) break;
      }
      const c = chosen.get(i)!;
      return {
        index: i,
        letter: columnLetter(i),
        heading: table.headers[i] ?? '',
        field: c.field,
        suggestedField: suggested.get(i)?.field ?? null,
        origin: c.origin,
        samples,
      };
    });
    const companyColumn = map.columns['companyName'];
    const firstCompany = (companyColumn !== undefined ? table.rows.find((r) => r.cells[companyColumn])?.cells[companyColumn] : '') ?? '';
    const fields: ImportFieldInfo[] = IMPORT_FIELDS[kind].map((s) => ({
      field: s.field,
      label: label(s.field),
      required: Boolean(s.required),
      derived:
        s.derivable && map.columns[s.field] === undefined && firstCompany ? translate(lng, 'import.derived.title', { example: deriveImportTitle(kind, firstCompany) }) : null,
    }));
    const savedValues: SavedValue[] = values.flatMap((g) =>
      g.values.filter((v) => v.target !== null && v.target !== v.suggested).map((v) => ({ field: g.field, value: v.value, target: v.target as string })),
    );
    const mapping = { layout, columns: columns.map((c) => ({ index: c.index, field: c.field })), values: savedValues };

    // The rows are checked, matched and stored a part at a time. Kept in the database, so that any API process can
    // confirm the preview: each part's good rows go in one statement, and are joined into the record's one array there.
    const readRows = this.rowReader(kind, table, map, label, await this.lookups(actor, kind, resolved, books));
    const id = randomUUID();
    const expiresAt = Date.now() + PREVIEW_TTL_MS;
    const totalRows = table.rows.length;
    const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
    const problems: ImportProblem[] = [];
    let goodRows = 0;
    const preview = await this.db.transaction(async (m) => {
      await m.query(`CREATE TEMPORARY TABLE import_preview_part (part int NOT NULL, "rows" jsonb NOT NULL) ON COMMIT DROP`);
      for (let i = 0; i < totalRows; i += PREVIEW_PART) {
        const part = readRows(table.rows.slice(i, i + PREVIEW_PART));
        const good: AnyRow[] = [];
        for (const r of part) {
          if (r.value !== null) good.push(r.value);
          for (const p of r.problems) problems.push({ row: p.row, column: p.column, message: translate(lng, p.key, p.params) });
        }
        goodRows += good.length;
        const planned = await this.plan(m, actor, input.kind, good);
        counts.created += planned.created;
        counts.updated += planned.updated;
        counts.unchanged += planned.unchanged;
        if (good.length) await m.query(`INSERT INTO import_preview_part (part, "rows") VALUES ($1, $2::jsonb)`, [i, JSON.stringify(good)]);
      }
      // The cells are read: the file's rows need not be held while the preview is kept.
      table.rows = [];
      const answer: ImportPreview = {
        id,
        kind: input.kind,
        fileName: input.fileName,
        totalRows,
        goodRows,
        badRows: totalRows - goodRows,
        toCreate: counts.created,
        toUpdate: counts.updated,
        unchanged: counts.unchanged,
        problems,
        headerRow: table.headerRow,
        columns,
        fields,
        values,
        mappingSaved: Boolean(saved),
        needsMapping: !saved && !input.mapping,
      };
      await m.insert(ImportPreviewRecord, {
        id,
        userId: actor.id,
        kind: input.kind,
        fileName: input.fileName,
        preview: answer,
        rows: [],
        mapping,
        expiresAt: new Date(expiresAt),
        confirmedAt: null,
      });
      await m.query(
        `UPDATE import_preview SET "rows" = (SELECT coalesce(jsonb_agg(r.value ORDER BY p.part, r.ord), '[]'::jsonb)
                                             FROM import_preview_part p CROSS JOIN LATERAL jsonb_array_elements(p."rows") WITH ORDINALITY AS r(value, ord))
          WHERE id = $1`,
        [id],
      );
      return answer;
    });
    // And in this process's memory, for its progress (the rows are read back from the database when confirmed).
    this.imports.set(id, {
      id,
      actorId: actor.id,
      kind: input.kind,
      fileName: input.fileName,
      preview,
      expiresAt,
      progress: { id, processed: 0, total: goodRows, done: false, cancelled: false },
      confirmed: false,
      cancelRequested: false,
      mapping,
    });
    return preview;
  }

  async confirm(actor: Actor, id: string, mode: ImportMode): Promise<ImportResult> {
    const stored = await this.load(actor.id, id);
    if (stored.confirmed) throw conflict('import.alreadyDone');
    const { preview } = stored;
    if (mode === ImportMode.ALL_OR_NOTHING && preview.badRows > 0) throw badInput('import.hasErrors', { count: preview.badRows });
    const total = preview.goodRows;
    stored.confirmed = true;
    stored.cancelRequested = false;
    stored.progress = { id, processed: 0, total, done: false, cancelled: false };
    try {
      const counts = await this.db.transaction(async (m) => {
        // Once, whichever API process confirms it: a second confirmation waits for this one and finds it done.
        const claimed = await m
          .createQueryBuilder()
          .update(ImportPreviewRecord)
          .set({ confirmedAt: () => 'now()' })
          .where('id = :id AND confirmed_at IS NULL', { id })
          .execute();
        if (!claimed.affected) throw conflict('import.alreadyDone');
        const written = await this.write(m, actor, stored.kind, id, (n) => {
          // A cancel between two batches rolls the whole transaction back: nothing is left half-written.
          if (stored.cancelRequested) throw badInput('import.cancelled');
          stored.progress.processed = n;
        });
        await this.saveMapping(m, actor.id, stored);
        return written;
      });
      stored.progress.done = true;
      return { id, ...counts, skippedRows: preview.badRows };
    } catch (e) {
      stored.confirmed = false;
      stored.progress = { id, processed: 0, total, done: false, cancelled: stored.cancelRequested };
      stored.cancelRequested = false;
      throw e;
    }
  }

  /**
   * Stops a confirmed import that is still writing: its transaction rolls back at the next batch, so nothing of it
   * is written. Answers the progress as it stands (by id: this reads no database).
   */
  async cancel(userId: string, id: string): Promise<ImportProgress> {
    const stored = await this.load(userId, id);
    if (stored.confirmed && !stored.progress.done) stored.cancelRequested = true;
    return stored.progress;
  }

  /**
   * How far an import has got, for the user who previewed it. The process writing it answers from memory (no
   * database read, while its transaction may hold the embedded database's only connection); another process
   * answers from the stored preview: done once confirmed.
   */
  async progress(userId: string, id: string): Promise<ImportProgress> {
    const stored = await this.load(userId, id);
    if (!stored.confirmed && this.imports.has(id)) {
      // Not being written here: it may have been confirmed through another process.
      const record = await this.db.manager.findOne(ImportPreviewRecord, { where: { id }, select: { id: true, confirmedAt: true } });
      if (record?.confirmedAt) {
        stored.confirmed = true;
        stored.progress = { ...stored.progress, processed: stored.progress.total, done: true };
      }
    }
    return stored.progress;
  }

  /** A preview of this user's: from this process's memory, else from the database (made through another process). */
  private async load(userId: string, id: string): Promise<StoredImport> {
    const cached = this.imports.get(id);
    if (cached) {
      if (cached.expiresAt < Date.now()) throw badInput('import.notFound');
      if (cached.actorId !== userId) throw forbidden();
      return cached;
    }
    // Everything but the rows, which the confirmation reads a part at a time.
    const record = await this.db.manager.findOne(ImportPreviewRecord, {
      where: { id },
      select: { id: true, userId: true, kind: true, fileName: true, preview: true, mapping: true, expiresAt: true, confirmedAt: true },
    });
    if (!record || record.expiresAt.getTime() < Date.now()) throw badInput('import.notFound');
    if (record.userId !== userId) throw forbidden();
    const preview = record.preview as ImportPreview;
    const done = record.confirmedAt !== null;
    return {
      id,
      actorId: record.userId,
      kind: record.kind as ImportKind,
      fileName: record.fileName,
      preview,
      expiresAt: record.expiresAt.getTime(),
      progress: { id, processed: done ? preview.goodRows : 0, total: preview.goodRows, done, cancelled: false },
      confirmed: done,
      cancelRequested: false,
      mapping: record.mapping,
    };
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [id, s] of this.imports) if (s.expiresAt < now) this.imports.delete(id);
  }

  /** Drops the stored previews that have expired. */
  private async dropExpired(): Promise<void> {
    await this.db.manager.delete(ImportPreviewRecord, { expiresAt: LessThan(new Date()) });
  }

  /** Keeps the user's mapping for files with these headings (one per user, kind and layout). */
  private async saveMapping(m: EntityManager, userId: string, stored: StoredImport): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(ImportMapping)
      .values({ userId, kind: stored.kind, layout: stored.mapping.layout, columns: stored.mapping.columns, values: stored.mapping.values })
      .orUpdate(['columns', 'values', 'updated_at'], ['user_id', 'kind', 'layout'])
      .execute();
  }

  private async readTable(input: PreviewImportInput): Promise<SheetTable> {
    if (!/\.(xlsx|csv)$/i.test(input.fileName)) throw badInput('import.unreadable');
    const content = Buffer.from(input.contentBase64, 'base64');
    const rows = await readSheetRows(content, input.fileName).catch(() => {
      throw badInput('import.unreadable');
    });
    const kind = input.kind as ImportKindName;
    const table = locateTable(rows, isKnownHeader(kind));
    if (!table) {
      const lng = currentLanguage();
      const expected = IMPORT_FIELDS[kind].filter((s) => s.required && !s.derivable).map((s) => translate(lng, importFieldLabelKey(kind, s.field)));
      throw badInput('import.noHeader', { expected: expected.join('、') });
    }
    if (table.rows.length > MAX_IMPORT_ROWS) throw badInput('import.tooLarge', { max: MAX_IMPORT_ROWS });
    return table;
  }

  private rowReader(kind: ImportKindName, table: SheetTable, map: ColumnMap, label: (field: string) => string, lookups: ProjectLookups): RowReader<AnyRow> {
    switch (kind) {
      case 'COMPANIES':
        return companyRowReader(table, map as ColumnMap<never>, label);
      case 'LEADS':
        return leadRowReader(table, lookups, map as ColumnMap<never>, label);
      case 'PROJECTS':
        return projectRowReader(table, lookups, map as ColumnMap<never>, label);
    }
  }

  /** What each kind of reference column can name: chains the actor may write to, active users, units, stages, sources. */
  private async referenceBooks(actor: Actor, kind: ImportKindName): Promise<Record<ImportReference, ReferenceBook> & { chainList: IndustryChain[]; userList: User[] }> {
    const lng = currentLanguage();
    const chainList = kind === 'COMPANIES' ? [] : await this.chains.reachable(actor, kind === 'PROJECTS' ? 'project.edit' : 'lead.edit');
    const userList = kind === 'COMPANIES' ? [] : await this.db.manager.find(User, { where: { active: true }, order: { username: 'ASC' } });
    const units = kind === 'PROJECTS' ? await this.users.listDepartments() : [];
    const chainBy = new Map<string, string>();
    for (const c of chainList) {
      chainBy.set(c.name, c.id);
      chainBy.set(c.code, c.id);
    }
    const userBy = new Map<string, string>();
    for (const u of userList) {
      userBy.set(u.username, u.id);
      if (!userBy.has(u.displayName)) userBy.set(u.displayName, u.id);
    }
    const unitBy = new Map<string, string>();
    for (const d of units) {
      unitBy.set(d.name, d.id);
      if (d.shortName && !unitBy.has(d.shortName)) unitBy.set(d.shortName, d.id);
    }
    const stageLabel = (s: ProjectStage) => translate(lng, `project.stage.${s}`);
    return {
      chainList,
      userList,
      chain: { options: chainList.map((c) => ({ target: c.id, label: c.name })), match: (v) => chainBy.get(v) ?? null },
      user: { options: userList.map((u) => ({ target: u.id, label: `${u.displayName}（${u.username}）` })), match: (v) => userBy.get(v) ?? null },
      unit: { options: units.map((d) => ({ target: d.id, label: d.name })), match: (v) => unitBy.get(v) ?? null },
      stage: {
        options: PROJECT_STAGES.map((s) => ({ target: s, label: stageLabel(s) })),
        match: (v) => stageFromWord(v) ?? PROJECT_STAGES.find((s) => stageLabel(s) === v || translate('zh-CN', `project.stage.${s}`) === v) ?? null,
      },
      source: {
        options: Object.values(LeadSource).map((s) => ({ target: s, label: translate(lng, `export.source.${s}`) })),
        match: (v) => {
          const { value, problem } = checkField(LEAD_ROW_RULES.source, v);
          return problem ? null : (value as string);
        },
      },
    };
  }

  /** Chains, people, units, stages and sources as the rows read them: through the value mapping in force. */
  private async lookups(actor: Actor, kind: ImportKindName, resolved: Map<string, Map<string, string | null>>, books: Awaited<ReturnType<ImportsService['referenceBooks']>>): Promise<ProjectLookups> {
    const candidate = (u: Pick<User, 'id' | 'role' | 'roles' | 'chainIds' | 'departmentId' | 'displayName'>): OwnerCandidate => ({
      id: u.id,
      role: u.role,
      roles: u.roles,
      chainIds: u.chainIds,
      departmentId: u.departmentId,
      name: u.displayName,
    });
    const users = new Map(books.userList.map((u) => [u.id, u]));
    const chains = new Map(books.chainList.map((c) => [c.id, c]));
    const selfUser = users.get(actor.id) ?? (kind === 'COMPANIES' ? null : await this.db.manager.findOne(User, { where: { id: actor.id } }));
    const self = selfUser ? candidate(selfUser) : { ...actor, name: '' };
    /** The target of a value of a field: as mapped in the preview, else its own match. */
    const target = (field: string, value: string, match: (v: string) => string | null) => {
      const mapped = resolved.get(field);
      return mapped?.has(value) ? (mapped.get(value) ?? null) : match(value);
    };
    const person = (field: string) => (v: string) => {
      const t = target(field, v, books.user.match);
      if (t === REFUSE_TARGET) return REFUSED;
      if (t === IMPORTER_TARGET) return self;
      const u = t ? users.get(t) : undefined;
      return u ? candidate(u) : null;
    };
    return {
      chain: (v) => {
        const t = target('chain', v, books.chain.match);
        if (t === REFUSE_TARGET) return REFUSED;
        return (t && chains.get(t)) || null;
      },
      user: (v) => person('owner')(v),
      source: (v) => {
        const t = target('source', v, books.source.match);
        return t === REFUSE_TARGET ? REFUSED : ((t as LeadSource | null) ?? null);
      },
      stage: (v) => {
        const t = target('stage', v, books.stage.match);
        return t === REFUSE_TARGET ? REFUSED : ((t as ProjectStage | null) ?? null);
      },
      unit: (v) => {
        const t = target('responsibleUnit', v, books.unit.match);
        if (t === REFUSE_TARGET) return REFUSED;
        return t ? { id: t } : null;
      },
      leader: person('responsibleLeader'),
      self,
    } as ProjectLookups;
  }

  /**
   * What confirming would do with one part of the good rows, counted without writing: the rows matched to the records
   * already there by the owning features' planners (credit codes and name keys, then company + chain + title or name)
   * in batched lookups. The good rows of a file name each company (lead, project) once, so that matching the file a part
   * at a time counts what matching it whole would, as the confirmation writes it a part at a time.
   */
  private async plan(m: EntityManager, actor: Actor, kind: ImportKind, rows: AnyRow[]): Promise<Counts> {
    const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
    if (!rows.length) return counts;
    if (kind === ImportKind.COMPANIES) {
      for (const o of (await this.companies.planMany(m, (rows as CompanyRow[]).map(companyInput))).outcomes) counts[o.action]++;
      return counts;
    }
    const companies = await this.companies.planMany(m, (rows as Array<LeadRow | ProjectRow>).map((r) => companyInput(r.company)));
    const newIds = new Set(companies.inserts.map((c) => c.id));
    const ids = companies.outcomes.map((o) => o.id);
    const actions =
      kind === ImportKind.LEADS
        ? await this.leads.planMany(m, actor, this.leadInputs(rows as LeadRow[], ids), newIds)
        : await this.projects.planRows(m, actor, this.projectInputs(rows as ProjectRow[], ids), newIds);
    for (const a of actions) counts[a]++;
    return counts;
  }

  /**
   * Writes a stored preview's good rows in chunks within the caller's transaction, reporting the rows done after each
   * chunk. The rows are read from the stored preview through a cursor, a chunk at a time: never all held at once.
   */
  private async write(m: EntityManager, actor: Actor, kind: ImportKind, id: string, done: (n: number) => void): Promise<Counts> {
    const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
    const size = kind === ImportKind.COMPANIES ? COMPANY_CHUNK : CHUNK;
    await m.query(
      `DECLARE import_rows NO SCROLL CURSOR FOR
         SELECT r.value FROM import_preview p CROSS JOIN LATERAL jsonb_array_elements(p."rows") WITH ORDINALITY AS r(value, ord)
          WHERE p.id = $1 ORDER BY r.ord`,
      [id],
    );
    for (let n = 0; ; ) {
      const chunk = ((await m.query(`FETCH ${size} FROM import_rows`)) as Array<{ value: AnyRow }>).map((r) => r.value);
      if (!chunk.length) break;
      const outcomes =
        kind === ImportKind.COMPANIES
          ? await this.companies.upsertMany(m, (chunk as CompanyRow[]).map(companyInput))
          : kind === ImportKind.LEADS
            ? await this.writeLeads(m, actor, chunk as LeadRow[])
            : await this.writeProjects(m, actor, chunk as ProjectRow[]);
      for (const o of outcomes) counts[o.action]++;
      n += chunk.length;
      done(n);
    }
    await m.query(`CLOSE import_rows`);
    return counts;
  }

  /** Lead rows as the leads service takes them, each with its company's id. */
  private leadInputs(rows: LeadRow[], companyIds: string[]) {
    return rows.map((r, i) => ({
      title: r.title,
      companyId: companyIds[i],
      chainId: r.chainId,
      source: r.source,
      ownerId: r.ownerId ?? undefined,
      intendedInvestment: r.intendedInvestment,
      nextAction: r.nextAction,
      nextActionDue: r.nextActionDue,
      confidential: r.confidential,
    }));
  }

  /** Project rows as the projects feature imports them, each with its company's id. */
  private projectInputs(rows: ProjectRow[], companyIds: string[]) {
    return rows.map((r, i) => ({ ...r, company: undefined, companyId: companyIds[i] }));
  }

  private async writeLeads(m: EntityManager, actor: Actor, rows: LeadRow[]) {
    const companies = await this.companies.upsertMany(m, rows.map((r) => companyInput(r.company)));
    const outcomes = await this.leads.upsertMany(
      m,
      actor,
      this.leadInputs(
        rows,
        companies.map((c) => c.id),
      ),
    );
    const notes = rows.flatMap((r, i) => (r.note ? [{ leadId: outcomes[i].id, companyId: companies[i].id, summary: r.note, occurredOn: r.noteDate }] : []));
    await this.interactions.addImported(m, actor, notes);
    return outcomes;
  }

  private async writeProjects(m: EntityManager, actor: Actor, rows: ProjectRow[]) {
    const companies = await this.companies.upsertMany(m, rows.map((r) => companyInput(r.company)));
    return this.projects.importRows(
      m,
      actor,
      this.projectInputs(
        rows,
        companies.map((c) => c.id),
      ),
    );
  }
}
