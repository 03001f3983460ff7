import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor, ACTIVE_LEAD_STATUSES, escapeLike, highlightRanges, searchCondition, SearchCondition, searchSnippet, searchWords } from '@chainboard/domain';
import { Company } from '@chainboard/server-companies';
import { Interaction, Lead, LeadAccess } from '@chainboard/server-leads';
import { SearchGroup, SearchHit, SearchKind, SearchResult } from './search.types';

export interface SearchOptions {
  query: string;
  kinds?: SearchKind[];
  /** Results per kind. */
  limit?: number;
}

const ALL_KINDS = [SearchKind.COMPANY, SearchKind.LEAD, SearchKind.CONTACT];

/** A company's (alias c) folded name, the first part of its search text, in the "C" collation, as index company_search_name holds it. */
const FOLDED_NAME = `split_part(c.search_text, E'\\n', 1) COLLATE "C"`;

/** Matches of one part of a company search that are sorted as found; past this many, the name order is read first. */
const SORT_AT_MOST = 1000;

/** How many companies in name order a company search reads for its page before it sorts every match after all. */
const NAME_ORDER_HEAD = 1000;

/** Selects a company's id (alias c) and its place in the name order, as index company_name_order holds it. */
function inNameOrder(qb: SelectQueryBuilder<ObjectLiteral>): SelectQueryBuilder<ObjectLiteral> {
  // A deleted company (in the recycle bin) is not found.
  return qb.select('c.id', 'id').addSelect('char_length(c.name)', 'len').addSelect('c.name COLLATE "C"', 'sort_name').where('c.deleted_at IS NULL');
}

/**
 * One search box over company names (Chinese, English, aliases), lead titles and contact summaries. Each text
 * keeps its unigram and bigram tokens (GIN index) and its folded form: a query word must find its tokens
 * (`@>`) and then its substring (LIKE, wildcards escaped). Orderings end on the text itself (in the "C"
 * collation), so that every PostgreSQL — embedded or server — answers alike. Confidential leads the reader may
 * not see, and their contacts, are never found.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadAccess,
  ) {}

  async search(actor: Actor, options: SearchOptions): Promise<SearchResult> {
    const kinds = ALL_KINDS.filter((k) => !options.kinds?.length || options.kinds.includes(k));
    const limit = options.limit ?? 10;
    const cond = searchCondition(options.query);
    const words = searchWords(options.query);
    const groups: SearchGroup[] = [];
    for (const kind of kinds) {
      if (!cond) groups.push({ kind, hits: [], hasMore: false });
      else if (kind === SearchKind.COMPANY) groups.push(await this.companies(cond, words, options.query, limit));
      else if (kind === SearchKind.LEAD) groups.push(await this.leads(actor, cond, options.query, limit));
      else groups.push(await this.contacts(actor, cond, options.query, limit));
    }
    return { query: options.query, words, groups };
  }

  private match<T extends object>(qb: SelectQueryBuilder<T>, alias: string, cond: SearchCondition): SelectQueryBuilder<T> {
    qb.andWhere(`${alias}.search_tokens @> CAST(:tokens AS text[])`, { tokens: cond.tokens });
    cond.patterns.forEach((p, i) => qb.andWhere(`${alias}.search_text LIKE :like${i} ESCAPE '\\'`, { [`like${i}`]: p }));
    return qb;
  }

  /**
   * Companies: the exact name first, then names starting with the first word, then the other matches; shorter names
   * first within each. Each of the three is its own query in the order of an index, so that a word found in nearly
   * every name stops after the page instead of ranking every match.
   */
  private async companies(cond: SearchCondition, words: string[], query: string, limit: number): Promise<SearchGroup> {
    const params = { first: words[0], prefix: `${escapeLike(words[0])}%` };
    const tiers = [
      `${FOLDED_NAME} = :first`,
      `${FOLDED_NAME} LIKE :prefix ESCAPE '\\' AND ${FOLDED_NAME} <> :first`,
      `${FOLDED_NAME} NOT LIKE :prefix ESCAPE '\\'`,
    ];
    const ids: string[] = [];
    for (const where of tiers) if (ids.length <= limit) ids.push(...(await this.companyIds(cond, where, params, limit + 1 - ids.length)));
    const found = await this.byIds(Company, ids.slice(0, limit));
    const hits = found.map((c): SearchHit => {
      const inName = words.every((w) => highlightRanges(c.name, w).length > 0);
      const other = inName ? null : ([c.englishName, ...c.aliases].find((n) => n && highlightRanges(n, query).length > 0) ?? null);
      return {
        kind: SearchKind.COMPANY,
        id: c.id,
        title: c.name,
        titleHighlights: highlightRanges(c.name, query),
        detail: other,
        detailHighlights: other ? highlightRanges(other, query) : [],
        company: c,
        lead: null,
        contact: null,
      };
    });
    return { kind: SearchKind.COMPANY, hits, hasMore: ids.length > limit };
  }

  /**
   * The first `count` companies matching the query and `where`, in name order (shorter names first, then the name,
   * then the id). A few matches (at most SORT_AT_MOST) are found through the indexes and sorted. More are looked for
   * among the first NAME_ORDER_HEAD companies in name order (index company_name_order), where a word found in most
   * names fills the page within a few rows; when those hold too few, every match is sorted after all.
   */
  private async companyIds(cond: SearchCondition, where: string, params: ObjectLiteral, count: number): Promise<string[]> {
    const few = await this.sortedCompanyIds(cond, where, params, count, SORT_AT_MOST + 1);
    if (few.total <= SORT_AT_MOST) return few.ids;
    const head = this.db
      .createQueryBuilder()
      .select('c.id', 'id')
      .from(
        (qb) =>
          inNameOrder(qb.from('company', 'c'))
            .addSelect('c.search_tokens', 'search_tokens')
            .addSelect('c.search_text', 'search_text')
            .orderBy('len')
            .addOrderBy('sort_name')
            .addOrderBy('id')
            .limit(NAME_ORDER_HEAD),
        'c',
      );
    const rows: Array<{ id: string }> = await this.match(head, 'c', cond)
      .andWhere(where, params)
      .orderBy('c.len')
      .addOrderBy('c.sort_name')
      .addOrderBy('c.id')
      .limit(count)
      .getRawMany();
    if (rows.length === count) return rows.map((r) => r.id);
    return (await this.sortedCompanyIds(cond, where, params, count)).ids;
  }

  /**
   * The first `count` of the companies matching the query and `where` (of the first `atMost` found, if given), in
   * name order, and how many there were. The matches are a materialized CTE, so that PostgreSQL finds them through
   * the token or folded-name index (or a scan that stops at `atMost`) and cannot choose to walk the name order for
   * matches that may all sit at its end.
   */
  private async sortedCompanyIds(cond: SearchCondition, where: string, params: ObjectLiteral, count: number, atMost?: number): Promise<{ ids: string[]; total: number }> {
    const matches = this.match(inNameOrder(this.db.createQueryBuilder().from('company', 'c')), 'c', cond).andWhere(where, params);
    if (atMost) matches.limit(atMost);
    const rows: Array<{ id: string; total: string }> = await this.db
      .createQueryBuilder()
      .addCommonTableExpression(matches, 'm', { materialized: true })
      .select('m.id', 'id')
      .addSelect('count(*) OVER ()', 'total')
      .from('m', 'm')
      .orderBy('m.len')
      .addOrderBy('m.sort_name')
      .addOrderBy('m.id')
      .limit(count)
      .getRawMany();
    return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
  }

  /** Leads the reader sees as they are: open ones first, newest first. */
  private async leads(actor: Actor, cond: SearchCondition, query: string, limit: number): Promise<SearchGroup> {
    const visible = this.access.visibleSql(actor, 'l');
    const rows: Array<{ id: string }> = await this.match(this.db.createQueryBuilder().select('l.id', 'id').from('lead', 'l'), 'l', cond)
      .andWhere('l.deleted_at IS NULL')
      .andWhere(visible.sql, visible.params)
      .addSelect(`CASE WHEN l.status = ANY(:open) THEN 0 ELSE 1 END`, 'closed')
      .setParameter('open', ACTIVE_LEAD_STATUSES)
      .addSelect('l.title COLLATE "C"', 'sort_title')
      .orderBy('closed', 'ASC')
      .addOrderBy('l.created_on', 'DESC')
      .addOrderBy('sort_title', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .limit(limit + 1)
      .getRawMany();
    const leads = await this.access.present(actor, await this.byIds(Lead, rows.slice(0, limit).map((r) => r.id), { company: true }));
    const hits = leads.map(
      (l): SearchHit => ({
        kind: SearchKind.LEAD,
        id: l.id,
        title: l.title,
        titleHighlights: highlightRanges(l.title, query),
        detail: l.company?.name ?? null,
        detailHighlights: l.company ? highlightRanges(l.company.name, query) : [],
        company: l.company ?? null,
        lead: l,
        contact: null,
      }),
    );
    return { kind: SearchKind.LEAD, hits, hasMore: rows.length > limit };
  }

  /** Contacts, newest first; those on a lead the reader sees masked are left out. */
  private async contacts(actor: Actor, cond: SearchCondition, query: string, limit: number): Promise<SearchGroup> {
    const visible = this.access.visibleSql(actor, 'l');
    const rows: Array<{ id: string }> = await this.match(
      this.db.createQueryBuilder().select('i.id', 'id').from('interaction', 'i').leftJoin('lead', 'l', 'l.id = i.lead_id').innerJoin('company', 'ic', 'ic.id = i.company_id'),
      'i',
      cond,
    )
      .andWhere(`(i.lead_id IS NULL OR ${visible.sql})`, visible.params)
      // Contacts of a deleted lead or company are not found with them.
      .andWhere('(i.lead_id IS NULL OR l.deleted_at IS NULL)')
      .andWhere('ic.deleted_at IS NULL')
      .addSelect('i.summary COLLATE "C"', 'sort_summary')
      .orderBy('i.occurred_on', 'DESC')
      .addOrderBy('sort_summary', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(limit + 1)
      .getRawMany();
    const contacts = await this.byIds(Interaction, rows.slice(0, limit).map((r) => r.id), { company: true });
    const hits = contacts.map((i): SearchHit => {
      const snippet = searchSnippet(i.summary, query);
      return {
        kind: SearchKind.CONTACT,
        id: i.id,
        title: snippet.text,
        titleHighlights: snippet.highlights,
        detail: i.company.name,
        detailHighlights: highlightRanges(i.company.name, query),
        company: i.company,
        lead: null,
        contact: i,
      };
    });
    return { kind: SearchKind.CONTACT, hits, hasMore: rows.length > limit };
  }

  /** Entities by id, in the order of the ids. */
  private async byIds<T extends { id: string }>(entity: new () => T, ids: string[], relations?: Record<string, true>): Promise<T[]> {
    if (!ids.length) return [];
    const rows = await this.db.manager.find(entity, { where: { id: In(ids) } as never, relations: relations as never });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
  }
}
