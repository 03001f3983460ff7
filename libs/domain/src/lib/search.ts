/**
 * Substring search over Chinese and Latin text, the same on every PostgreSQL: a text keeps its folded form
 * (`searchText`) and its unigrams and bigrams (`searchTokens`, GIN-indexed); a query word must find all its
 * query tokens in the array (`@>`), then appear in the folded text (LIKE). See text.ts for the folding.
 */
import { foldText, queryTokens, searchTokens } from './text';

/** Longest query the search box accepts (characters). */
export const SEARCH_QUERY_MAX = 100;

/** Separates the folded parts of a search text; folding collapses white space, so no query can contain it. */
export const SEARCH_TEXT_SEPARATOR = '\n';

export interface SearchIndex {
  searchTokens: string[];
  searchText: string;
}

/** The tokens and folded text of one or more texts (e.g. a company's name, English name and aliases). */
export function searchIndex(...texts: ReadonlyArray<string | null | undefined>): SearchIndex {
  const parts = [...new Set(texts.map((t) => foldText(t ?? '')).filter((t) => t.length > 0))];
  const tokens = new Set<string>();
  for (const part of parts) for (const token of searchTokens(part)) tokens.add(token);
  return { searchTokens: [...tokens], searchText: parts.join(SEARCH_TEXT_SEPARATOR) };
}

/** The words of a query, folded, each once: every word must appear (as a substring) for a text to match. */
export function searchWords(query: string): string[] {
  const words = [...new Set(foldText(query).split(' ').filter((w) => w.length > 0))];
  // A word inside another word adds nothing: "华" is found wherever "华日" is.
  return words.filter((w) => !words.some((other) => other !== w && other.includes(w)));
}

export interface SearchCondition {
  /** The tokens the text's token array must contain (`search_tokens @> tokens`). */
  tokens: string[];
  /** LIKE patterns the folded text must match, one per word, wildcards escaped with a backslash. */
  patterns: string[];
}

/** Escapes LIKE's wildcards (and the escape character itself) with a backslash. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** What the database must check for a query, or null when the query has no words. */
export function searchCondition(query: string): SearchCondition | null {
  const words = searchWords(query);
  if (!words.length) return null;
  const tokens = [...new Set(words.flatMap((w) => queryTokens(w)))];
  return { tokens, patterns: words.map((w) => `%${escapeLike(w)}%`) };
}

export interface TextRange {
  /** Offset in UTF-16 code units (as JavaScript strings index), and length. */
  start: number;
  length: number;
}

/** Folds one character the way foldText does, keeping positions: full-width to half-width, lower case. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch === '\u3000' ? ' ' : ch;
  const lower = half.toLowerCase();
  return lower.length === half.length ? lower : half;
}

/** Where the query's words occur in a text (folded alike), as merged ranges, for highlighting. */
export function highlightRanges(text: string, query: string): TextRange[] {
  const folded = [...text].map(foldChar).join('');
  const ranges: Array<[number, number]> = [];
  for (const word of searchWords(query)) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged.map(([start, end]) => ({ start, length: end - start }));
}

/** An excerpt of a long text around the first match (`max` characters, plus an ellipsis at a cut end), with its highlights. */
export function searchSnippet(text: string, query: string, max = 80): { text: string; highlights: TextRange[] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, highlights: highlightRanges(flat, query) };
  const first = highlightRanges(flat, query)[0];
  const start = Math.min(first ? Math.max(0, first.start - Math.floor(max / 4)) : 0, flat.length - max);
  const excerpt = `${start > 0 ? '…' : ''}${flat.slice(start, start + max)}${start + max < flat.length ? '…' : ''}`;
  return { text: excerpt, highlights: highlightRanges(excerpt, query) };
}
