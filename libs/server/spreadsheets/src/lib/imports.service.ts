import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@chainboard/domain';
import { ChainsService, IndustryChain } from '@chainboard/server-chains';
import { CompaniesService } from '@chainboard/server-companies';
import { badInput, conflict, currentLanguage, forbidden, translate } from '@chainboard/server-core';
import { LeadsService } from '@chainboard/server-leads';
import { User } from '@chainboard/server-users';
import { COMPANY_COLUMNS, isKnownHeader, LEAD_COLUMNS } from './columns';
import { CompanyRow, LeadLookups, LeadRow, OwnerCandidate, parseCompanyRows, parseLeadRows, ParsedRow } from './rows';
import { ImportKind, ImportMode, ImportPreview, ImportProgress, ImportResult, PreviewImportInput } from './spreadsheet.types';
import { locateTable, readSheetRows, SheetTable } from './table-reader';

/** The most data rows one file may hold. */
export const MAX_IMPORT_ROWS = 20_000;
/** Rows written per statement batch, and between two progress updates. */
const CHUNK = 500;
/** How long a preview waits for its confirmation. */
const PREVIEW_TTL_MS = 30 * 60_000;

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

interface StoredImport {
  id: string;
  actorId: string;
  kind: ImportKind;
  fileName: string;
  rows: ParsedRow<CompanyRow | LeadRow>[];
  preview: ImportPreview;
  expiresAt: number;
  progress: ImportProgress;
  confirmed: boolean;
}

/** A sheet's company row as the companies service takes it: an empty cell is "not given", never "clear it". */
function companyInput(row: CompanyRow): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/** Thrown inside a transaction to roll back a dry run. */
class DryRun extends Error {
  constructor(readonly counts: Counts) {
    super('dry run');
  }
}

/**
 * Imports companies and leads from .xlsx or .csv in two steps: a preview that reads, checks and counts every row
 * (a dry run inside a transaction that is rolled back), then a confirmation that writes all rows in one
 * transaction — or only the good ones, when the user chooses so explicitly. Matching rows to existing records
 * (credit code, then name; company + chain + title for leads) makes importing the same file twice change nothing.
 * Previews live in this process's memory for 30 minutes.
 */
@Injectable()
export class ImportsService {
  private readonly imports = new Map<string, StoredImport>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly companies: CompaniesService,
    private readonly leads: LeadsService,
    private readonly chains: ChainsService,
  ) {}

  async preview(actor: Actor, input: PreviewImportInput): Promise<ImportPreview> {
    this.forgetExpired();
    const table = await this.readTable(input);
    const rows = input.kind === ImportKind.COMPANIES ? parseCompanyRows(table) : parseLeadRows(table, await this.leadLookups(actor));
    const good = rows.filter((r) => r.value !== null);
    const counts = await this.dryRun(actor, input.kind, good);
    const lng = currentLanguage();
    const id = randomUUID();
    const preview: ImportPreview = {
      id,
      kind: input.kind,
      fileName: input.fileName,
      totalRows: rows.length,
      goodRows: good.length,
      badRows: rows.length - good.length,
      toCreate: counts.created,
      toUpdate: counts.updated,
      unchanged: counts.unchanged,
      problems: rows.flatMap((r) => r.problems).map((p) => ({ row: p.row, column: p.column, message: translate(lng, p.key, p.params) })),
    };
    this.imports.set(id, {
      id,
      actorId: actor.id,
      kind: input.kind,
      fileName: input.fileName,
      rows,
      preview,
      expiresAt: Date.now() + PREVIEW_TTL_MS,
      progress: { id, processed: 0, total: good.length, done: false },
      confirmed: false,
    });
    return preview;
  }

  async confirm(actor: Actor, id: string, mode: ImportMode): Promise<ImportResult> {
    const stored = this.stored(actor.id, id);
    if (stored.confirmed) throw conflict('import.alreadyDone');
    const { preview } = stored;
    if (mode === ImportMode.ALL_OR_NOTHING && preview.badRows > 0) throw badInput('import.hasErrors', { count: preview.badRows });
    const good = stored.rows.filter((r) => r.value !== null);
    stored.confirmed = true;
    stored.progress = { id, processed: 0, total: good.length, done: false };
    try {
      const counts = await this.db.transaction((m) => this.write(m, actor, stored.kind, good, (n) => (stored.progress.processed = n)));
      stored.progress.done = true;
      return { id, ...counts, skippedRows: preview.badRows };
    } catch (e) {
      stored.confirmed = false;
      stored.progress = { id, processed: 0, total: good.length, done: false };
      throw e;
    }
  }

  /** How far an import has got, for the user who previewed it (by id: this reads no database). */
  progress(userId: string, id: string): ImportProgress {
    return this.stored(userId, id).progress;
  }

  private stored(userId: string, id: string): StoredImport {
    const stored = this.imports.get(id);
    if (!stored || stored.expiresAt < Date.now()) throw badInput('import.notFound');
    if (stored.actorId !== userId) throw forbidden();
    return stored;
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [id, s] of this.imports) if (s.expiresAt < now) this.imports.delete(id);
  }

  private async readTable(input: PreviewImportInput): Promise<SheetTable> {
    if (!/\.(xlsx|csv)$/i.test(input.fileName)) throw badInput('import.unreadable');
    const content = Buffer.from(input.contentBase64, 'base64');
    const rows = await readSheetRows(content, input.fileName).catch(() => {
      throw badInput('import.unreadable');
    });
    const specs = input.kind === ImportKind.COMPANIES ? COMPANY_COLUMNS : LEAD_COLUMNS;
    const table = locateTable(rows, isKnownHeader(specs));
    if (!table) throw badInput('import.noHeader', { expected: specs.filter((s) => 'required' in s && s.required).map((s) => s.headers[0]).join('、') });
    if (table.rows.length > MAX_IMPORT_ROWS) throw badInput('import.tooLarge', { max: MAX_IMPORT_ROWS });
    return table;
  }

  /** Chains by name or code (those the actor may add leads to), active users by username or display name. */
  private async leadLookups(actor: Actor): Promise<LeadLookups> {
    const chains = await this.chains.reachable(actor, 'lead.edit');
    const users = await this.db.manager.find(User, { where: { active: true } });
    const chainBy = new Map<string, IndustryChain>();
    for (const c of chains) {
      chainBy.set(c.name, c);
      chainBy.set(c.code, c);
    }
    const candidate = (u: Pick<User, 'id' | 'role' | 'roles' | 'chainIds' | 'departmentId' | 'displayName'>): OwnerCandidate => ({
      id: u.id,
      role: u.role,
      roles: u.roles,
      chainIds: u.chainIds,
      departmentId: u.departmentId,
      name: u.displayName,
    });
    const userBy = new Map<string, OwnerCandidate>();
    for (const u of users) {
      userBy.set(u.username, candidate(u));
      if (!userBy.has(u.displayName)) userBy.set(u.displayName, candidate(u));
    }
    const self = users.find((u) => u.id === actor.id);
    return {
      chain: (v) => chainBy.get(v) ?? null,
      user: (v) => userBy.get(v) ?? null,
      self: self ? candidate(self) : { ...actor, name: '' },
    };
  }

  private async dryRun(actor: Actor, kind: ImportKind, good: ParsedRow<CompanyRow | LeadRow>[]): Promise<Counts> {
    try {
      await this.db.transaction(async (m) => {
        throw new DryRun(await this.write(m, actor, kind, good, () => undefined));
      });
    } catch (e) {
      if (e instanceof DryRun) return e.counts;
      throw e;
    }
    return { created: 0, updated: 0, unchanged: 0 };
  }

  /** Writes the rows in chunks within the caller's transaction, reporting the rows done after each chunk. */
  private async write(m: EntityManager, actor: Actor, kind: ImportKind, rows: ParsedRow<CompanyRow | LeadRow>[], done: (n: number) => void): Promise<Counts> {
    const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((r) => r.value as CompanyRow | LeadRow);
      const outcomes =
        kind === ImportKind.COMPANIES
          ? await this.companies.upsertMany(m, (chunk as CompanyRow[]).map(companyInput))
          : await this.writeLeads(m, actor, chunk as LeadRow[]);
      for (const o of outcomes) counts[o.action]++;
      done(Math.min(i + CHUNK, rows.length));
    }
    return counts;
  }

  private async writeLeads(m: EntityManager, actor: Actor, rows: LeadRow[]) {
    const companies = await this.companies.upsertMany(m, rows.map((r) => companyInput(r.company)));
    return this.leads.upsertMany(
      m,
      actor,
      rows.map((r, i) => ({
        title: r.title,
        companyId: companies[i].id,
        chainId: r.chainId,
        source: r.source,
        ownerId: r.ownerId ?? undefined,
        intendedInvestment: r.intendedInvestment,
        nextAction: r.nextAction,
        nextActionDue: r.nextActionDue,
        confidential: r.confidential,
      })),
    );
  }
}
