import { Inject, Injectable } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { Extensions } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { CLOCK, Clock, requestLanguage, todayOf } from '@chainboard/server-core';
import { RequestContext, signedInOf } from './request-user';
import { SessionsService } from './sessions.service';

/** The extension that marks a root query as a cached read. */
export const CACHED_READ = 'cachedRead';

/**
 * Marks a root query whose answer depends only on who asks, its arguments, the committed data and the district's date,
 * and that writes nothing: the signed-in user asking it again while nothing was committed gets the same answer from
 * memory (see CachedReadsPlugin). Not for a query that writes (an audit of reads, a "last opened" time) or reads the
 * time of day.
 */
export const CachedRead = (): MethodDecorator => Extensions({ [CACHED_READ]: true }) as MethodDecorator;

/** How much the cached answers of one API process may take (READ_CACHE_MB; 0 turns the cache off). */
export interface CachedReadsSettings {
  maxMegabytes: number;
}

export const CACHED_READS_SETTINGS = 'chainboard:cached-reads-settings';

export function cachedReadsSettings(): CachedReadsSettings {
  const value = Number(process.env['READ_CACHE_MB']);
  return { maxMegabytes: process.env['READ_CACHE_MB'] !== undefined && Number.isFinite(value) && value >= 0 ? value : 64 };
}

interface Entry {
  dataVersion: string;
  data: Record<string, unknown>;
}

/** What a cache miss hands on to the answer: where to keep it and under which data version. */
const pending = new WeakMap<object, { key: string; dataVersion: string }>();

/** Whether every root field of the operation is a cached read (a `__typename` beside them is fine). */
function cacheableOperation(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fields = schema.getQueryType()?.getFields() ?? {};
  let marked = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') continue;
    if (fields[selection.name.value]?.extensions?.[CACHED_READ] !== true) return false;
    marked++;
  }
  return marked > 0;
}

/**
 * Answers a cached read again from memory while no change to the data was committed since. Each request's session is
 * read with the data version (a counter every committing change moves on, in the same transaction: migration
 * DataVersion); an answer is kept with the version it was computed at and given again only to the same user, for the
 * same document and variables, language and district date, at exactly that version. The version is read before the
 * answer is computed, so an answer that saw a later commit is filed under a version that no longer comes back. A kept
 * answer is therefore never older than the data: a write by this process or another, a script's, a role or permission
 * change all take effect at once, with nothing to invalidate; a revoked session or disabled account is refused before
 * the cache is asked. Answers with errors are not kept. The cache is per process and bounded by size (least recently
 * used answers go first). A request with `Cache-Control: no-cache` is computed whatever is kept.
 */
@Plugin()
@Injectable()
export class CachedReadsPlugin implements ApolloServerPlugin<RequestContext> {
  private readonly cache: LRUCache<string, Entry> | null;
  private readonly flags = new WeakMap<OperationDefinitionNode, boolean>();
  private hitCount = 0;
  private missCount = 0;

  constructor(
    private readonly sessions: SessionsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CACHED_READS_SETTINGS) settings: CachedReadsSettings,
  ) {
    const maxSize = Math.floor(settings.maxMegabytes * 1024 * 1024);
    this.cache = maxSize > 0 ? new LRUCache<string, Entry>({ maxSize, sizeCalculation: (entry, key) => 2 * (key.length + JSON.stringify(entry.data).length) }) : null;
  }

  /** Answers given from memory and answers computed for a cached read, since the process started. */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hitCount, misses: this.missCount, entries: this.cache?.size ?? 0 };
  }

  /** Forgets every kept answer. */
  clear(): void {
    this.cache?.clear();
  }

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext> | void> {
    const cache = this.cache;
    if (!cache) return;
    return {
      responseForOperation: async (rc) => this.lookUp(cache, rc),
      willSendResponse: async (rc) => {
        const target = pending.get(rc.contextValue);
        if (!target) return;
        pending.delete(rc.contextValue);
        const body = rc.response.body;
        if (body.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data) return;
        cache.set(target.key, { dataVersion: target.dataVersion, data: body.singleResult.data });
      },
    };
  }

  private async lookUp(cache: LRUCache<string, Entry>, rc: GraphQLRequestContextResponseForOperation<RequestContext>): Promise<GraphQLResponse | null> {
    let cacheable = this.flags.get(rc.operation);
    if (cacheable === undefined) {
      cacheable = cacheableOperation(rc.schema, rc.operation);
      this.flags.set(rc.operation, cacheable);
    }
    if (!cacheable) return null;
    const signedIn = await signedInOf(rc.contextValue, this.sessions);
    if (!signedIn?.dataVersion) return null;
    const language = requestLanguage(rc.contextValue.req);
    const key = JSON.stringify([signedIn.user.id, language, todayOf(this.clock), rc.queryHash, rc.operationName ?? '', rc.request.variables ?? {}]);
    // `Cache-Control: no-cache` asks for an answer computed now (kept for the next ask).
    const fresh = /\bno-cache\b/i.test(String(rc.contextValue.req?.headers?.['cache-control'] ?? ''));
    const entry = fresh ? undefined : cache.get(key);
    if (entry && entry.dataVersion === signedIn.dataVersion) {
      this.hitCount++;
      return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: entry.data } } };
    }
    this.missCount++;
    pending.set(rc.contextValue, { key, dataVersion: signedIn.dataVersion });
    return null;
  }
}
