import { usccCheckCharacter } from '@chainboard/domain';
import { creditCodeFeedback, duplicateDecision, duplicateHints, duplicateLookup } from './duplicates';

// A code with a correct check character, and the same with a wrong one.
const FIRST17 = '91510100MA6C8XYZ1'.replace(/[^0-9A-HJ-NP-RTUWXY]/g, '0');
const VALID = FIRST17 + usccCheckCharacter(FIRST17);
const WRONG = FIRST17 + (VALID.endsWith('0') ? '1' : '0');

const company = (id: string, name: string) => ({ id, name, creditCode: null, province: null, city: null });

describe('duplicateLookup', () => {
  it('asks by name from two characters, trimmed', () => {
    expect(duplicateLookup('华', '')).toBeNull();
    expect(duplicateLookup('  ', null)).toBeNull();
    expect(duplicateLookup(' 华为 ', undefined)).toEqual({ name: '华为', creditCode: null });
  });

  it('adds the credit code only once it is valid, normalised (and then asks even for a short name)', () => {
    expect(duplicateLookup('华为技术', VALID.slice(0, 10))).toEqual({ name: '华为技术', creditCode: null });
    expect(duplicateLookup('华为技术', WRONG)).toEqual({ name: '华为技术', creditCode: null });
    const typed = ` ${VALID.toLowerCase().slice(0, 9)} ${VALID.toLowerCase().slice(9)}`;
    expect(duplicateLookup('华为技术', typed)).toEqual({ name: '华为技术', creditCode: VALID });
    expect(duplicateLookup('', VALID)).toEqual({ name: '', creditCode: VALID });
  });
});

describe('duplicateHints and duplicateDecision', () => {
  it('lists each company once, the same credit code first, never the company being edited', () => {
    const hints = duplicateHints(
      [
        { reason: 'SAME_NAME', company: company('b', '成都华日通讯有限公司') },
        { reason: 'SAME_NAME', company: company('a', '华日通讯（成都）') },
        { reason: 'SAME_CREDIT_CODE', company: company('b', '成都华日通讯有限公司') },
        { reason: 'SAME_NAME', company: company('self', '华日通讯') },
      ],
      'self',
    );
    expect(hints.map((h) => [h.company.id, h.reason])).toEqual([
      ['b', 'SAME_CREDIT_CODE'],
      ['a', 'SAME_NAME'],
    ]);
  });

  it('asks for a confirmation on similar names and blocks on the same credit code', () => {
    expect(duplicateDecision([])).toBe('none');
    expect(duplicateDecision([{ reason: 'SAME_NAME', company: company('a', 'x') }])).toBe('confirm');
    expect(duplicateDecision([{ reason: 'SAME_NAME', company: company('a', 'x') }, { reason: 'SAME_CREDIT_CODE', company: company('b', 'y') }])).toBe('blocked');
  });
});

describe('creditCodeFeedback', () => {
  it('says nothing for an empty code and counts a short one as still being typed', () => {
    expect(creditCodeFeedback('', 'zh-CN')).toEqual({ state: 'empty', normalized: '', length: 0 });
    expect(creditCodeFeedback(' ９１５１ ', 'zh-CN')).toEqual({ state: 'typing', normalized: '9151', length: 4 });
  });

  it('reports a character that is never allowed at once, naming it, in the user language', () => {
    const zh = creditCodeFeedback('9151O', 'zh-CN');
    expect(zh.state).toBe('invalid');
    expect(zh.message).toContain('O');
    expect(zh.message).toContain('统一社会信用代码含有不允许的字符');
    expect(creditCodeFeedback('9151O', 'en').message).toContain('not allowed: O');
  });

  it('checks a full code: the check character, and too many characters', () => {
    expect(creditCodeFeedback(WRONG, 'zh-CN')).toMatchObject({ state: 'invalid', message: '统一社会信用代码的校验位（第18位）不符，请核对代码' });
    expect(creditCodeFeedback(`${VALID}1`, 'en')).toMatchObject({ state: 'invalid', length: 19 });
    expect(creditCodeFeedback(`${VALID}1`, 'en').message).toContain('19');
    expect(creditCodeFeedback(VALID.toLowerCase(), 'zh-CN')).toEqual({ state: 'valid', normalized: VALID, length: 18 });
  });
});
