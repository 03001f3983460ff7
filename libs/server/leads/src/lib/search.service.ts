import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { Actor, escapeLike, highlightRanges, searchCondition, SearchCondition, searchSnippet, searchWords } from '@chainboard/domain';
import { Company } from '@chainboard/server-companies';
import { Interaction } from './interaction.entity';
import { LeadAccess } from './lead-access';
import { Lead } from './lead.entity';
import { SearchGroup, SearchHit, SearchKind, SearchResult } from './lead.types';

export interface SearchOptions {
  query: string;
  kinds?: SearchKind[];
  /** Results per kind. */
  limit?: number;
}

const ALL_KINDS = [SearchKind.COMPANY, SearchKind.LEAD, SearchKind.CONTACT];

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

  /** Companies: exact name first, then names starting with the first word, names containing it, then other names matching; shorter names first. */
  private async companies(cond: SearchCondition, words: string[], query: string, limit: number): Promise<SearchGroup> {
    const first = words[0];
    const name = `split_part(c.search_text, E'\\n', 1)`;
    const rows: Array<{ id: string }> = await this.match(this.db.createQueryBuilder().select('c.id', 'id').from('company', 'c'), 'c', cond)
      .addSelect(`CASE WHEN ${name} = :exact THEN 0 WHEN ${name} LIKE :prefix ESCAPE '\\' THEN 1 WHEN ${name} LIKE :like0 ESCAPE '\\' THEN 2 ELSE 3 END`, 'rank')
      .addSelect('char_length(c.name)', 'len')
      .addSelect('c.name COLLATE "C"', 'sort_name')
      .setParameters({ exact: first, prefix: `${escapeLike(first)}%` })
      .orderBy('rank', 'ASC')
      .addOrderBy('len', 'ASC')
      .addOrderBy('sort_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1)
      .getRawMany();
    const found = await this.byIds(Company, rows.slice(0, limit).map((r) => r.id));
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
    return { kind: SearchKind.COMPANY, hits, hasMore: rows.length > limit };
  }

  /** Leads the reader sees as they are: open ones first, newest first. */
  private async leads(actor: Actor, cond: SearchCondition, query: string, limit: number): Promise<SearchGroup> {
    const visible = this.access.visibleSql(actor, 'l');
    const rows: Array<{ id: string }> = await this.match(this.db.createQueryBuilder().select('l.id', 'id').from('lead', 'l'), 'l', cond)
      .andWhere(visible.sql, visible.params)
      .addSelect(`CASE WHEN l.status IN ('NEW','CONTACTED','VISITED','NEGOTIATING') THEN 0 ELSE 1 END`, 'closed')
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
      this.db.createQueryBuilder().select('i.id', 'id').from('interaction', 'i').leftJoin('lead', 'l', 'l.id = i.lead_id'),
      'i',
      cond,
    )
      .andWhere(`(i.lead_id IS NULL OR ${visible.sql})`, visible.params)
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
