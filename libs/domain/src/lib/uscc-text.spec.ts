import { companyNameKey, foldText, isValidUscc, normalizeUscc, queryTokens, searchTokens, usccCheckCharacter, usccProblem } from '../index';

describe('unified social credit code (GB 32100-2015)', () => {
  // A code printed as the standard's example, and a few codes built with the check character.
  const valid = ['91350100M000100Y43', '91510107MA61R8XX4N'.slice(0, 17) + usccCheckCharacter('91510107MA61R8XX4')];

  it('accepts codes whose check character fits', () => {
    for (const code of valid) expect(usccProblem(code)).toBeNull();
  });

  it('names what is wrong: length, characters, check character', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100Y433')).toBe('length');
    expect(usccProblem('91350100M00010OY43')).toBe('characters'); // the letter O is not in the alphabet
    expect(usccProblem('91350100M000100Y44')).toBe('checkCharacter');
    expect(isValidUscc('91350100M000100Y42')).toBe(false);
  });

  it('reads full-width characters, spaces and lower case as people type them', () => {
    expect(normalizeUscc('９１３５０１００ｍ000100y43 ')).toBe('91350100M000100Y43');
    expect(isValidUscc(normalizeUscc('９１３５０１００ｍ000100y43'))).toBe(true);
  });

  it('computes a check character that catches every single-character change', () => {
    const base = '91350100M000100Y4';
    const check = usccCheckCharacter(base);
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 17; i++) {
      for (const ch of alphabet) {
        if (ch === base[i]) continue;
        const changed = base.slice(0, i) + ch + base.slice(i + 1);
        expect(usccCheckCharacter(changed)).not.toBe(check);
      }
    }
  });
});

describe('search tokens', () => {
  it('folds full-width and case', () => {
    expect(foldText('ＡＢＣ　华日通讯  Co')).toBe('abc 华日通讯 co');
  });

  it('indexes single characters and pairs, and queries by pairs', () => {
    expect(searchTokens('华日通讯').sort()).toEqual(['华', '华日', '日', '日通', '通', '通讯', '讯'].sort());
    expect(queryTokens('通')).toEqual(['通']);
    expect(queryTokens('日通讯')).toEqual(['日通', '通讯']);
    for (const q of ['华', '华日', '日通讯', '华日通讯']) {
      const tokens = new Set(searchTokens('成都华日通讯技术股份有限公司'));
      expect(queryTokens(q).every((tok) => tokens.has(tok))).toBe(true);
    }
  });
});

describe('company name keys for duplicates', () => {
  it('reads names that differ only in width, brackets and legal form as one', () => {
    const key = companyNameKey('成都华日通讯技术股份有限公司');
    expect(companyNameKey('成都华日通讯技术有限公司')).toBe(key);
    expect(companyNameKey('成都华日通讯技术（集团）')).toBe(key);
    expect(companyNameKey('成都华日通信技术有限公司')).not.toBe(key);
    expect(companyNameKey('四川（成都）锦江电子有限公司')).toBe(companyNameKey('四川(成都)锦江电子'));
    expect(companyNameKey('ＡＢＣ Co., Ltd.')).toBe(companyNameKey('abc'));
  });
});
