/**
 * Text folding and tokens for search and duplicate detection. Chinese is searched by substring, and the usual
 * query is one or two characters long, which trigram indexes cannot serve; so each text is indexed by its
 * single characters and character pairs (unigrams + bigrams), the same on every PostgreSQL.
 */

/** Full-width ASCII to half-width, ideographic space to space, lower case, white space collapsed. */
export function foldText(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The unigrams and bigrams of a folded text, without white space, each once. */
export function searchTokens(value: string): string[] {
  const tokens = new Set<string>();
  for (const part of foldText(value).split(' ')) {
    const chars = [...part];
    for (let i = 0; i < chars.length; i++) {
      tokens.add(chars[i]);
      if (i + 1 < chars.length) tokens.add(chars[i] + chars[i + 1]);
    }
  }
  return [...tokens];
}

/**
 * The tokens a query must all find: its bigrams (or its single character when it is one character long).
 * Every substring match of the query contains them; the database rechecks the substring itself.
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  for (const part of foldText(query).split(' ')) {
    const chars = [...part];
    if (chars.length === 1) tokens.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  }
  return [...tokens];
}

const COMPANY_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', 'co.,ltd.', 'co., ltd.', 'co.,ltd', 'co., ltd', 'ltd.', 'ltd', 'inc.', 'inc'];

/**
 * A company name reduced to what tells companies apart: folded, brackets of either width unified and dropped
 * with the spaces, and legal-form suffixes (有限公司, 股份有限公司, 集团 …) removed. Names that reduce alike are
 * probably the same company.
 */
export function companyNameKey(name: string): string {
  let key = foldText(name).replace(/[()（）[\]【】\s·.,，、-]/g, (ch) => (/[.,]/.test(ch) ? ch : ''));
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of COMPANY_SUFFIXES) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return key.replace(/[.,，]/g, '');
}
