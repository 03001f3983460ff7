import {
  companyIndex,
  creditCodeProblem,
  escapeLike,
  highlightRanges,
  normalizeCompanyRow,
  parseYesNo,
  queryTokens,
  searchCondition,
  searchIndex,
  searchSnippet,
  searchWords,
  splitAliases,
  usccCheckCharacter,
} from '../index';

const VALID = '91510107MA61R8XX4' + usccCheckCharacter('91510107MA61R8XX4');

describe('company index', () => {
  it('keeps a duplicate key and the tokens of every name, folded', () => {
    const index = companyIndex({ name: '成都华日通讯技术股份有限公司', englishName: 'Huari  COMM', aliases: ['华日通讯', 'ＨＲ通讯'] });
    expect(index.nameKey).toBe('成都华日通讯技术');
    expect(index.searchText.split('\n')).toEqual(['成都华日通讯技术股份有限公司', 'huari comm', '华日通讯', 'hr通讯']);
    for (const token of ['华', '华日', 'hu', 'hr', 'r通', 'comm'.slice(0, 2)]) expect(index.searchTokens).toContain(token);
    // No bigram across two names or two words.
    expect(index.searchTokens).not.toContain('司h');
    expect(index.searchTokens).not.toContain('ic');
  });

  it('finds every substring of a text through its query tokens', () => {
    const index = searchIndex('武侯区电子信息产业园');
    const text = '武侯区电子信息产业园';
    for (let i = 0; i < text.length; i++) {
      for (let j = i + 1; j <= text.length; j++) {
        const cond = searchCondition(text.slice(i, j))!;
        expect(cond.tokens.every((t) => index.searchTokens.includes(t))).toBe(true);
      }
    }
  });
});

describe('search queries', () => {
  it('splits, folds and drops words found inside other words', () => {
    expect(searchWords('  ＡＢＣ　华日 华 ')).toEqual(['abc', '华日']);
    expect(searchWords('   ')).toEqual([]);
    expect(searchCondition('')).toBeNull();
  });

  it('asks for the bigrams of each word, or the single character, and escapes LIKE wildcards', () => {
    expect(searchCondition('华日通讯')).toEqual({ tokens: queryTokens('华日通讯'), patterns: ['%华日通讯%'] });
    expect(searchCondition('华')).toEqual({ tokens: ['华'], patterns: ['%华%'] });
    expect(searchCondition('50%_a\\b')!.patterns).toEqual(['%50\\%\\_a\\\\b%']);
    expect(escapeLike('a%b_c\\')).toBe('a\\%b\\_c\\\\');
  });

  it('highlights matches in the original text, whatever its width and case', () => {
    expect(highlightRanges('ＡＢＣ华日通讯abc', 'abc')).toEqual([
      { start: 0, length: 3 },
      { start: 7, length: 3 },
    ]);
    expect(highlightRanges('成都华日通讯', '华日 日通')).toEqual([{ start: 2, length: 3 }]);
    expect(highlightRanges('成都', '华')).toEqual([]);
  });

  it('cuts a long text around the first match', () => {
    const long = `${'甲'.repeat(100)}华日通讯${'乙'.repeat(100)}`;
    const snippet = searchSnippet(long, '华日', 40);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.slice(snippet.highlights[0].start, snippet.highlights[0].start + 2)).toBe('华日');
    expect(searchSnippet('短文本 华日', '华日')).toEqual({ text: '短文本 华日', highlights: [{ start: 4, length: 2 }] });
  });
});

describe('credit codes as typed', () => {
  it('names what is wrong', () => {
    expect(creditCodeProblem(VALID)).toBeNull();
    expect(creditCodeProblem(VALID.toLowerCase())).toBeNull();
    expect(creditCodeProblem(VALID.slice(0, 17))).toEqual({ key: 'company.creditCode.length', params: { length: 17 } });
    expect(creditCodeProblem(VALID.slice(0, 16) + 'IO')).toEqual({ key: 'company.creditCode.characters', params: { chars: 'I O' } });
    const wrong = VALID.slice(0, 17) + (VALID[17] === '0' ? '1' : '0');
    expect(creditCodeProblem(wrong)).toEqual({ key: 'company.creditCode.checkCharacter', params: {} });
  });
});

describe('company rows', () => {
  it('normalises a messy row', () => {
    const { row, problems } = normalizeCompanyRow({
      name: '  成都华日通讯  技术有限公司 ',
      creditCode: VALID.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).toLowerCase(),
      aliases: '华日，华日通讯；华日',
      isLocal: '是',
      isListed: 'N',
      city: '',
    });
    expect(problems).toEqual([]);
    expect(row).toEqual({ name: '成都华日通讯 技术有限公司', creditCode: VALID, aliases: ['华日', '华日通讯'], isLocal: true, isListed: false, city: null });
  });

  it('names every bad field', () => {
    const { row, problems } = normalizeCompanyRow({ name: ' ', creditCode: '123', isLocal: '也许', aliases: Array.from({ length: 21 }, (_, i) => `别名${i}`) });
    expect(row).toBeNull();
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['name', 'input.required'],
      ['aliases', 'company.tooManyAliases'],
      ['creditCode', 'company.creditCode.length'],
      ['isLocal', 'company.badYesNo'],
    ]);
  });

  it('reads yes and no, and splits aliases', () => {
    expect([parseYesNo('是'), parseYesNo('Y'), parseYesNo(1), parseYesNo('否'), parseYesNo(false), parseYesNo('maybe')]).toEqual([true, true, true, false, false, undefined]);
    expect(splitAliases('甲、乙/丙\n丁,甲')).toEqual(['甲', '乙', '丙', '丁']);
  });
});
