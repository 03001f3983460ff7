import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager, In, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import {
  Actor,
  CompanyRole,
  companyIndex,
  companyNameKey,
  CompanyRow,
  CompanyRowInput,
  normalizeCompanyRow,
  searchCondition,
  storedCreditCode,
} from '@chainboard/domain';
import { badField, badInput, conflict, currentLanguage, deletedPage, notFound, pageTotal, restoreIn, softDeleteIn, translate } from '@chainboard/server-core';
import { ChainNode, nodeInChainSql } from '@chainboard/server-chains';
import { Company } from './company.entity';
import { CompanyDuplicate, CompanyPage, CompanyPlan, CompanySortField, DuplicateReason, SortDirection, UpsertOutcome } from './company.types';
import { CompanyListInput, MergeCompaniesInput, NewCompanyInput, SetCompanyNodeInput, UpdateCompanyInput } from './dto/company.inputs';
import { CompanyReferences } from './company-references';
import { conflictWith } from './errors';
import { NodeCompany } from './node-company.entity';

/** The fields of a company a form or a sheet may set (as NewCompanyInput without the confirmation flag). */
export type CompanyFields = Omit<NewCompanyInput, 'allowDuplicate'>;

const SORT_COLUMNS: Record<CompanySortField, string> = {
  [CompanySortField.NAME]: 'c.name',
  [CompanySortField.CITY]: 'c.city',
  [CompanySortField.CREATED_AT]: 'c.createdAt',
  [CompanySortField.UPDATED_AT]: 'c.updatedAt',
};

/** A unique-index violation on the credit code, raised when two writers raced past the check. */
function isCreditCodeTaken(e: unknown): boolean {
  const d = e instanceof QueryFailedError ? (e.driverError as { code?: string; detail?: string }) : undefined;
  return d?.code === '23505' && (d.detail ?? '').includes('credit_code');
}

/** Existing companies looked up per query (credit codes and name keys as two array parameters). */
const LOOKUP_BATCH = 10_000;
/** Companies inserted or updated per statement. */
const WRITE_BATCH = 5_000;
/** The columns a bulk write sets: the entity's property, the column and its SQL type. */
const COMPANY_WRITE_COLUMNS: ReadonlyArray<[keyof Company, string, string]> = [
  ['id', 'id', 'uuid'],
  ['name', 'name', 'varchar'],
  ['englishName', 'english_name', 'varchar'],
  ['aliases', 'aliases', 'text[]'],
  ['creditCode', 'credit_code', 'varchar'],
  ['province', 'province', 'varchar'],
  ['city', 'city', 'varchar'],
  ['headquarters', 'headquarters', 'varchar'],
  ['isListed', 'is_listed', 'boolean'],
  ['isLocal', 'is_local', 'boolean'],
  ['nameKey', 'name_key', 'varchar'],
  ['searchTokens', 'search_tokens', 'text[]'],
  ['searchText', 'search_text', 'text'],
];

/** A backslash or a double quote: what a quoted element of an array literal escapes. */
const TO_ESCAPE = /["\\]/;
/** A text as a quoted element of a PostgreSQL array literal, escaped only when it needs it. */
const element = (v: string): string => (TO_ESCAPE.test(v) ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${v}"`);
/**
 * A list of texts as a quoted element of an outer array literal: its own array literal (every text quoted), escaped
 * for the outer level, written in one pass instead of quoting the inner literal again.
 */
const nestedElement = (list: readonly string[]): string =>
  `"{${list.map((v) => `\\"${TO_ESCAPE.test(v) ? v.replace(/\\/g, '\\\\\\\\').replace(/"/g, '\\\\\\"') : v}\\"`).join(',')}}"`;
/**
 * One column of a batch as the literal of its array parameter, as the driver would write it from the values (null
 * as NULL, other values as their text), a text[] column as an array of array literals. The driver passes a string
 * on as it is, so that each value is escaped once, and only when it holds a quote or a backslash.
 */
const columnLiteral = (values: readonly unknown[], nested: boolean): string =>
  `{${values.map((v) => (nested ? nestedElement((v as string[] | null) ?? []) : v === null || v === undefined ? 'NULL' : element(String(v)))).join(',')}}`;

const blankToNull = (v: string | null | undefined): string | null | undefined => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v);

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly references: CompanyReferences,
  ) {}

  async get(id: string, m: EntityManager = this.db.manager): Promise<Company> {
    const company = await m.findOne(Company, { where: { id } });
    if (!company) throw notFound('company', id);
    return company;
  }

  /**
   * Companies a new entry may duplicate: the one with the same credit code (the same company), and those whose
   * name reduces to the same key or that go by this name as an alias (probably the same).
   */
  async duplicates(name: string, creditCode?: string | null, exceptId?: string, m: EntityManager = this.db.manager): Promise<CompanyDuplicate[]> {
    const found: CompanyDuplicate[] = [];
    const code = storedCreditCode(creditCode);
    if (code) {
      const same = await m.findOne(Company, { where: { creditCode: code } });
      if (same && same.id !== exceptId) found.push({ reason: DuplicateReason.SAME_CREDIT_CODE, company: same });
    }
    const key = companyNameKey(name);
    if (key) {
      const alike = await m
        .createQueryBuilder(Company, 'c')
        .where('(c.name_key = :key OR :name = ANY(c.aliases))', { key, name: name.trim() })
        .orderBy('c.name')
        .addOrderBy('c.id')
        .limit(20)
        .getMany();
      for (const c of alike) {
        if (c.id !== exceptId && !found.some((d) => d.company.id === c.id)) found.push({ reason: DuplicateReason.SAME_NAME, company: c });
      }
    }
    return found;
  }

  /** Creates a company, all or nothing. */
  async create(input: NewCompanyInput): Promise<Company> {
    const id = await this.db
      .transaction((m) => this.createIn(m, input, { allowDuplicate: input.allowDuplicate }))
      .then((c) => c.id)
      .catch((e: unknown) => this.raceToConflict(e, input.creditCode));
    return this.get(id);
  }

  /**
   * Creates a company inside the caller's transaction (a lead's quick entry, an import). Refuses a taken credit
   * code, and a name that duplicates another company's unless `allowDuplicate`.
   */
  async createIn(m: EntityManager, fields: CompanyFields, opts: { allowDuplicate?: boolean } = {}): Promise<Company> {
    const row = this.checkedRow(fields);
    await this.assertNoDuplicate(m, row, undefined, { names: !opts.allowDuplicate });
    return m.save(m.create(Company, this.newEntity(row)));
  }

  async update(input: UpdateCompanyInput): Promise<Company> {
    await this.db
      .transaction(async (m) => {
        const company = await m.findOne(Company, { where: { id: input.companyId }, lock: { mode: 'pessimistic_write' } });
        if (!company) throw notFound('company', input.companyId);
        if (input.expectedVersion !== undefined && input.expectedVersion !== company.version) throw conflict('conflict.stale');
        const given: CompanyRowInput = {};
        for (const key of ['name', 'englishName', 'aliases', 'creditCode', 'province', 'city', 'headquarters', 'isListed', 'isLocal'] as const) {
          if (input[key] !== undefined) (given as Record<string, unknown>)[key] = input[key];
        }
        // The whole row is checked; a field the input clears comes back undefined and is stored as empty.
        const row = this.complete(this.checkedRow({ ...this.asRow(company), ...given } as CompanyFields));
        const nameChanged = row.name !== company.name;
        const codeChanged = (row.creditCode ?? null) !== company.creditCode;
        if (nameChanged || codeChanged) await this.assertNoDuplicate(m, row, company.id, { names: nameChanged && !input.allowDuplicate });
        const changes = this.changes(company, row);
        if (Object.keys(changes).length) await m.update(Company, { id: company.id }, changes);
      })
      .catch((e: unknown) => this.raceToConflict(e, input.creditCode));
    return this.get(input.companyId);
  }

  /**
   * Merges two records of one company in one transaction: the survivor takes the merged one's leads, contacts,
   * prospects, projects, chain-map places and list tags (clashes settled), its credit code when it has none,
   * its name as an alias and its missing details; then the merged record is soft-deleted and names the survivor
   * (merged_into_id), its credit code handed over (the trail keeps it). What moves, and how clashes are settled, is
   * registered with CompanyReferences by the features that keep those records.
   */
  async merge(actor: Actor, input: MergeCompaniesInput): Promise<Company> {
    if (input.survivorId === input.mergedId) throw badField('mergedId', 'company.mergeSelf');
    await this.db.transaction(async (m) => {
      const both = await m.find(Company, { where: { id: In([input.survivorId, input.mergedId]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const survivor = both.find((c) => c.id === input.survivorId);
      const merged = both.find((c) => c.id === input.mergedId);
      if (!survivor) throw notFound('company', input.survivorId);
      if (!merged) throw notFound('company', input.mergedId);
      if (survivor.creditCode && merged.creditCode && survivor.creditCode !== merged.creditCode) {
        throw conflict('company.mergeCreditCodes', { survivor: survivor.creditCode, merged: merged.creditCode });
      }
      // Whatever points at the merged company (registered by the features that keep it) moves to the survivor.
      await this.references.moveToCompany(m, merged.id, survivor.id);

      const aliases = [...new Set([...survivor.aliases, merged.name, ...merged.aliases])].filter((a) => a !== survivor.name);
      const row: CompanyRow = {
        name: survivor.name,
        englishName: survivor.englishName ?? merged.englishName,
        aliases,
        creditCode: survivor.creditCode ?? merged.creditCode,
        province: survivor.province ?? merged.province,
        city: survivor.city ?? merged.city,
        headquarters: survivor.headquarters ?? merged.headquarters,
        isListed: survivor.isListed || merged.isListed,
        isLocal: survivor.isLocal || merged.isLocal,
      };
      // Deleted into the recycle bin, not removed: its credit code goes to the survivor (a code is unique).
      await m.update(Company, { id: merged.id }, { deletedAt: new Date(), deletedById: actor.id, mergedIntoId: survivor.id, creditCode: null });
      await m.update(Company, { id: survivor.id }, { ...this.changes(survivor, this.complete(row)), ...companyIndex(row) });
    });
    return this.get(input.survivorId);
  }

  /**
   * Writes many company rows in the caller's transaction, for an importer: a row is the company with its credit
   * code, or else the one company whose name reduces to the same key (and has no other code); it fills in the
   * fields the row gives (a found company keeps its name, another name joins its aliases), or creates the company.
   * Rows repeating one company in the batch fold into one. Writing the same rows twice changes nothing the second
   * time. A bad row throws, naming its (1-based) number; nothing is written then. The rows are matched with a few
   * queries (see planMany) and written in bulk: one INSERT for the new companies and one UPDATE for the changed ones
   * per few thousand rows, each with the same columns, search tokens and name key as a single create or update.
   */
  async upsertMany(m: EntityManager, inputs: readonly CompanyRowInput[]): Promise<UpsertOutcome[]> {
    const plan = await this.planMany(m, inputs);
    await this.writePlan(m, plan);
    return plan.outcomes;
  }

  /**
   * What upsertMany would do with these rows, found without writing anything (an import's preview counts it): for
   * each row the company it is (an id made for a new one) and whether it would be created, updated or left as it is;
   * the companies to insert and the changes to make. Existing companies are looked up by credit code and name key
   * in batches of arrays, whatever the number of rows.
   */
  async planMany(m: EntityManager, inputs: readonly CompanyRowInput[]): Promise<CompanyPlan> {
    const rows = inputs.map((input, i) => {
      const { row, problems } = normalizeCompanyRow(input);
      if (!row) {
        const p = problems[0];
        throw badInput('company.rowInvalid', { row: i + 1, message: translate(currentLanguage(), p.key, { ...p.params, field: p.field }) });
      }
      return row;
    });
    const codes = [...new Set(rows.map((r) => r.creditCode).filter((c): c is string => !!c))];
    const nameKeys = rows.map((r) => companyNameKey(r.name));
    const keys = [...new Set(nameKeys.filter((k) => k.length > 0))];
    const found = new Map<string, Company>();
    for (let i = 0; i < Math.max(codes.length, keys.length); i += LOOKUP_BATCH) {
      const someCodes = codes.slice(i, i + LOOKUP_BATCH);
      const someKeys = keys.slice(i, i + LOOKUP_BATCH);
      const batch = await m
        .createQueryBuilder(Company, 'c')
        .where('(c.credit_code = ANY(:codes) OR c.name_key = ANY(:keys))', { codes: someCodes, keys: someKeys })
        .getMany();
      for (const c of batch) found.set(c.id, c);
    }
    const byCode = new Map([...found.values()].filter((c) => c.creditCode).map((c) => [c.creditCode as string, c]));
    const byKey = new Map<string, Company[]>();
    const remember = (c: Company) => {
      if (c.creditCode) byCode.set(c.creditCode, c);
      if (c.nameKey) byKey.set(c.nameKey, [...(byKey.get(c.nameKey) ?? []).filter((x) => x !== c), c]);
    };
    found.forEach(remember);

    const fresh = new Set<Company>();
    const changed = new Map<Company, Partial<Company>>();
    const outcomes: Array<{ company: Company; action: UpsertOutcome['action'] }> = [];
    rows.forEach((row, i) => {
      const key = nameKeys[i];
      let target = row.creditCode ? byCode.get(row.creditCode) : undefined;
      if (!target) {
        const alike = (byKey.get(key) ?? []).filter((c) => !c.creditCode || c.creditCode === row.creditCode);
        if (alike.length === 1) target = alike[0];
      }
      if (!target) {
        // Its search tokens are made when it is written (or matched again): a preview that only counts never needs them.
        target = { id: randomUUID(), ...this.newColumns(row), nameKey: key } as Company;
        fresh.add(target);
        outcomes.push({ company: target, action: 'created' });
      } else {
        if (fresh.has(target) && target.searchText === undefined) Object.assign(target, companyIndex(target));
        // A company found keeps its name; another name the row gives it joins its aliases, as do the row's aliases.
        const aliases = [...new Set([...target.aliases, ...(row.aliases ?? []), row.name])].filter((a) => a !== target!.name);
        const changes = this.changes(target, { ...this.asRow(target), ...this.given(row), name: target.name, aliases });
        if (Object.keys(changes).length) {
          Object.assign(target, changes);
          if (!fresh.has(target)) changed.set(target, { ...changed.get(target), ...changes });
        }
        outcomes.push({ company: target, action: Object.keys(changes).length ? 'updated' : 'unchanged' });
      }
      remember(target);
    });
    return {
      outcomes: outcomes.map((o) => ({ id: o.company.id, action: o.action })),
      inserts: [...fresh],
      updates: [...changed].map(([c, changes]) => ({ id: c.id, changes })),
    };
  }

  /** Writes what planMany found, in the caller's transaction: the new companies and the changes, a few thousand a statement. */
  async writePlan(m: EntityManager, plan: CompanyPlan): Promise<void> {
    // One array parameter per column, unnested into rows (a text[] column's values passed as array literals).
    const columns = COMPANY_WRITE_COLUMNS.map(([, column]) => column).join(', ');
    for (let i = 0; i < plan.inserts.length; i += WRITE_BATCH) {
      const batch = plan.inserts.slice(i, i + WRITE_BATCH).map((c) => (c.searchText === undefined ? { ...c, ...companyIndex(c) } : c));
      await m.query(
        `INSERT INTO company (${columns})
         SELECT ${COMPANY_WRITE_COLUMNS.map(([, column, type]) => (type === 'text[]' ? `${column}::text[]` : column)).join(', ')}
           FROM unnest(${COMPANY_WRITE_COLUMNS.map(([, , type], k) => `$${k + 1}::${type === 'text[]' ? 'text' : type}[]`).join(', ')}) AS x(${columns})`,
        COMPANY_WRITE_COLUMNS.map(([prop, , type]) => columnLiteral(batch.map((c) => c[prop]), type === 'text[]')),
      );
    }
    // Each row names only the columns that change; the others keep their values. The version and update stamp move as in a single update.
    const settable = COMPANY_WRITE_COLUMNS.filter(([prop]) => prop !== 'id');
    for (let i = 0; i < plan.updates.length; i += WRITE_BATCH) {
      const batch = plan.updates.slice(i, i + WRITE_BATCH).map((u) => ({ id: u.id, ...Object.fromEntries(settable.filter(([prop]) => prop in u.changes).map(([prop, column]) => [column, u.changes[prop] ?? null])) }));
      await m.query(
        `UPDATE company c SET ${settable
          .map(([, column, type]) =>
            type === 'text[]'
              ? `${column} = CASE WHEN x.j ? '${column}' THEN ARRAY(SELECT jsonb_array_elements_text(x.j->'${column}')) ELSE c.${column} END`
              : `${column} = CASE WHEN x.j ? '${column}' THEN (x.j->>'${column}')::${type} ELSE c.${column} END`,
          )
          .join(', ')}, version = c.version + 1, updated_at = now()
         FROM jsonb_array_elements($1::jsonb) AS x(j) WHERE c.id = (x.j->>'id')::uuid`,
        [JSON.stringify(batch)],
      );
    }
  }

  /**
   * One page of the company table: the page, then its total (none when the page is not full; else counted up to
   * TOTAL_CAP past the page, or every row with exactTotal) — at most two SQL statements whatever the page size.
   */
  async list(input: CompanyListInput): Promise<CompanyPage> {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    const qb = this.db.manager.createQueryBuilder(Company, 'c');
    this.applyFilters(qb, input);
    const sort = SORT_COLUMNS[input.sort ?? CompanySortField.NAME];
    qb.orderBy(sort, input.direction ?? SortDirection.ASC, 'NULLS LAST').addOrderBy('c.id', 'ASC').offset(offset).limit(limit);
    const items = await qb.getMany();
    const total = await pageTotal(qb, { offset, limit, rows: items.length, exact: input.exactTotal });
    return { ...total, offset, limit, items };
  }

  /** Puts a company on a chain-map node in a role (or changes its role there). */
  async setNode(input: SetCompanyNodeInput): Promise<NodeCompany> {
    const id = await this.db.transaction(async (m) => {
      await this.get(input.companyId, m);
      if (!(await m.existsBy(ChainNode, { id: input.nodeId }))) throw notFound('node', input.nodeId);
      await m.query(
        `INSERT INTO chain_node_company (segment_id, company_id, role) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT chain_node_company_pair DO UPDATE SET role = EXCLUDED.role`,
        [input.nodeId, input.companyId, input.role],
      );
      const link = await m.findOneByOrFail(NodeCompany, { nodeId: input.nodeId, companyId: input.companyId });
      return link.id;
    });
    return this.db.manager.findOneByOrFail(NodeCompany, { id });
  }

  /** Companies by id (unknown ids are left out). */
  byIds(ids: readonly string[], m: EntityManager = this.db.manager): Promise<Company[]> {
    return ids.length ? m.getRepository(Company).findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  /** Puts a company on a chain-map node in a role in the caller's transaction, unless it is there already (in any role). */
  async placeOnNode(m: EntityManager, companyId: string, nodeId: string, role: CompanyRole): Promise<void> {
    await m.query(
      `INSERT INTO chain_node_company (segment_id, company_id, role) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT chain_node_company_pair DO NOTHING`,
      [nodeId, companyId, role],
    );
  }

  /**
   * Deletes a company into the recycle bin: it leaves the lists, the map's counts and search, and an admin may restore
   * it. Refused while live records that the owners register as keeping it (leads, projects, prospects) point at it.
   */
  async softDelete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const blocking = await this.references.blockingDelete(m, id);
      if (blocking.length) {
        const lng = currentLanguage();
        throw conflict('company.deleteInUse', { what: blocking.map((b) => translate(lng, b.label, { count: b.count })).join(lng === 'en' ? '; ' : '、') });
      }
      await softDeleteIn(m, Company, 'company', id, actor.id);
    });
  }

  /**
   * Brings a company back from the recycle bin. A company merged into another is refused: its records now belong to
   * the survivor, and bringing back the duplicate would split the company again.
   */
  async restore(id: string): Promise<Company> {
    await this.db.transaction(async (m) => {
      const row = await m.findOne(Company, { where: { id }, withDeleted: true });
      if (row?.mergedIntoId) {
        const survivor = await m.findOne(Company, { where: { id: row.mergedIntoId }, withDeleted: true });
        throw conflict('company.restoreMerged', { survivor: survivor?.name ?? row.mergedIntoId });
      }
      await restoreIn(m, Company, 'company', id);
    });
    return this.get(id);
  }

  /** The recycle bin's companies, most recently deleted first. */
  async deleted(offset: number, limit: number): Promise<CompanyPage> {
    return { ...(await deletedPage(this.db.manager, Company, offset, limit)), offset, limit };
  }

  /** Takes a company off a node; returns the id of the link removed. */
  async removeNode(companyId: string, nodeId: string): Promise<string> {
    return this.db.transaction(async (m) => {
      const link = await m.findOneBy(NodeCompany, { nodeId: nodeId, companyId });
      if (!link) throw notFound('node', nodeId);
      await m.delete(NodeCompany, { id: link.id });
      return link.id;
    });
  }

  /** Adds a company's filters to a query builder over `c` (also used by the leads table for its company filters). */
  applyFilters(qb: SelectQueryBuilder<any>, input: Omit<CompanyListInput, 'sort' | 'direction' | 'offset' | 'limit'>, alias = 'c'): void {
    const cond = input.query ? searchCondition(input.query) : null;
    if (cond) {
      qb.andWhere(`${alias}.search_tokens @> CAST(:companyTokens AS text[])`, { companyTokens: cond.tokens });
      cond.patterns.forEach((p, i) => qb.andWhere(`${alias}.search_text LIKE :companyLike${i} ESCAPE '\\'`, { [`companyLike${i}`]: p }));
    }
    if (input.chainId || input.nodeId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM chain_node_company nc
                  WHERE nc.company_id = ${alias}.id
                    ${input.chainId ? `AND ${nodeInChainSql('nc.segment_id', 'companyChainId')}` : ''}
                    ${input.nodeId ? 'AND nc.segment_id = :companyNodeId' : ''}
                    ${input.role ? 'AND nc.role = :companyRole' : ''})`,
        { companyChainId: input.chainId, companyNodeId: input.nodeId, companyRole: input.role },
      );
    }
    if (input.isLocal !== undefined && input.isLocal !== null) qb.andWhere(`${alias}.is_local = :companyLocal`, { companyLocal: input.isLocal });
    if (input.isListed !== undefined && input.isListed !== null) qb.andWhere(`${alias}.is_listed = :companyListed`, { companyListed: input.isListed });
    if (input.listId || input.listCategory) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM company_tag ct JOIN company_list cl ON cl.id = ct.list_id WHERE ct.company_id = ${alias}.id
                    ${input.listId ? 'AND ct.list_id = :companyListId' : ''}
                    ${input.listCategory ? 'AND cl.category = :companyListCategory' : ''}
                    ${input.tagYear ? 'AND ct.year = :companyTagYear' : ''})`,
        { companyListId: input.listId, companyListCategory: input.listCategory, companyTagYear: input.tagYear },
      );
    }
    if (input.province) qb.andWhere(`${alias}.province = :companyProvince`, { companyProvince: input.province });
    if (input.city) qb.andWhere(`${alias}.city = :companyCity`, { companyCity: input.city });
  }

  /** Turns a unique-index violation on the credit code (a writer raced past the check) into the CONFLICT the check gives. */
  private async raceToConflict(e: unknown, creditCode: string | null | undefined): Promise<never> {
    const code = storedCreditCode(creditCode);
    if (code && isCreditCodeTaken(e)) {
      const owner = await this.db.manager.findOne(Company, { where: { creditCode: code } });
      throw conflictWith('company.creditCodeTaken', { code, name: owner?.name ?? '' }, { companyId: owner?.id });
    }
    throw e;
  }

  /** Normalises and checks a company's fields with the shared rules; the first bad field is refused. */
  private checkedRow(fields: CompanyFields): CompanyRow {
    const { row, problems } = normalizeCompanyRow({ ...fields, aliases: fields.aliases ?? undefined });
    if (!row) throw badField(problems[0].field, problems[0].key, problems[0].params);
    return row;
  }

  private async assertNoDuplicate(m: EntityManager, row: CompanyRow, exceptId: string | undefined, opts: { names: boolean }): Promise<void> {
    const found = await this.duplicates(opts.names ? row.name : '', row.creditCode, exceptId, m);
    const sameCode = found.find((d) => d.reason === DuplicateReason.SAME_CREDIT_CODE);
    if (sameCode) {
      throw conflictWith('company.creditCodeTaken', { code: row.creditCode ?? '', name: sameCode.company.name }, { companyId: sameCode.company.id });
    }
    if (found.length) {
      throw conflictWith('company.duplicateName', { name: found[0].company.name }, { duplicates: found.map((d) => ({ id: d.company.id, name: d.company.name })) });
    }
  }

  private newEntity(row: CompanyRow): Partial<Company> {
    return { ...this.newColumns(row), ...companyIndex(row) };
  }

  /** A new company's columns from a checked row, without its name key and search tokens. */
  private newColumns(row: CompanyRow): Partial<Company> {
    return {
      name: row.name,
      englishName: blankToNull(row.englishName) ?? null,
      aliases: row.aliases ?? [],
      creditCode: row.creditCode ?? null,
      province: blankToNull(row.province) ?? null,
      city: blankToNull(row.city) ?? null,
      headquarters: blankToNull(row.headquarters) ?? null,
      isListed: row.isListed ?? false,
      isLocal: row.isLocal ?? false,
    };
  }

  /** A checked row with every field present: what it left out is empty. */
  private complete(row: CompanyRow): Required<CompanyRow> {
    return {
      name: row.name,
      englishName: row.englishName ?? null,
      aliases: row.aliases ?? [],
      creditCode: row.creditCode ?? null,
      province: row.province ?? null,
      city: row.city ?? null,
      headquarters: row.headquarters ?? null,
      isListed: row.isListed ?? false,
      isLocal: row.isLocal ?? false,
    };
  }

  private asRow(c: Company): Required<CompanyRow> {
    return {
      name: c.name,
      englishName: c.englishName,
      aliases: c.aliases,
      creditCode: c.creditCode,
      province: c.province,
      city: c.city,
      headquarters: c.headquarters,
      isListed: c.isListed,
      isLocal: c.isLocal,
    };
  }

  /** The fields a row gives (an importer leaves a blank cell as it is). */
  private given(row: CompanyRow): Partial<CompanyRow> {
    return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));
  }

  /** The columns that differ between a company and a complete row, with the whole index when a name changed. */
  private changes(c: Company, row: Required<CompanyRow>): Partial<Company> {
    const next = this.newEntity(row);
    const changes: Partial<Company> = {};
    for (const key of ['name', 'englishName', 'aliases', 'creditCode', 'province', 'city', 'headquarters', 'isListed', 'isLocal', 'nameKey', 'searchText'] as const) {
      if (JSON.stringify(next[key]) !== JSON.stringify(c[key])) (changes as Record<string, unknown>)[key] = next[key];
    }
    if (changes.searchText !== undefined || changes.nameKey !== undefined) Object.assign(changes, companyIndex(next as CompanyRow));
    return changes;
  }
}
