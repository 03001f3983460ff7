import { checkCompanyRow, checkField, checkLeadRow, COMPANY_ROW_RULES, LEAD_LIMITS, LEAD_ROW_RULES, LeadSource, textLength, usccCheckCharacter } from '../index';

const VALID = '91510107MA61R8XX4' + usccCheckCharacter('91510107MA61R8XX4');

describe('row rules', () => {
  it('hold a text to its limit in characters, after trimming', () => {
    const rule = LEAD_ROW_RULES.nextAction;
    expect(checkField(rule, ` ${'访'.repeat(LEAD_LIMITS.nextAction)} `)).toEqual({ value: '访'.repeat(LEAD_LIMITS.nextAction), problem: null });
    expect(checkField(rule, '访'.repeat(LEAD_LIMITS.nextAction + 1)).problem).toEqual({ key: 'input.tooLong', params: { max: LEAD_LIMITS.nextAction } });
    expect(checkField(rule, '访'.repeat(2000)).problem?.key).toBe('input.tooLong');
    // A character outside the BMP is one character, as PostgreSQL counts it.
    expect(textLength('😀'.repeat(3))).toBe(3);
    expect(checkField(rule, '😀'.repeat(LEAD_LIMITS.nextAction)).problem).toBeNull();
    expect(checkField(LEAD_ROW_RULES.title, '  ').problem).toEqual({ key: 'input.required', params: {} });
    expect(checkField(COMPANY_ROW_RULES.name, ' 成都  华日 ').value).toBe('成都 华日');
  });

  it('read amounts, dates, yes/no and choices as people write them, and refuse the rest', () => {
    const amount = LEAD_ROW_RULES.intendedInvestment;
    expect(['12.5', '１２.５', '1,200.5', '12.5亿元', '99999999999999.9999'].map((v) => checkField(amount, v).value)).toEqual(['12.5', '12.5', '1200.5', '12.5', '99999999999999.9999']);
    expect(['1.23456', '123456789012345', 'abc', '-1'].map((v) => checkField(amount, v).problem?.key)).toEqual([
      'input.badDecimal',
      'input.badDecimal',
      'input.badDecimal',
      'lead.investmentNegative',
    ]);
    const due = LEAD_ROW_RULES.nextActionDue;
    expect(['2024-02-29', '2025/3/1', '2025年3月1日'].map((v) => checkField(due, v).value)).toEqual(['2024-02-29', '2025-03-01', '2025-03-01']);
    expect(['2025-02-29', '2025-13-01', 'soon'].map((v) => checkField(due, v).problem?.key)).toEqual(['input.badDate', 'input.badDate', 'input.badDate']);
    const yes = LEAD_ROW_RULES.confidential;
    expect(['是', '已上市', '区内', '有', 'Ｙ', true, '否', '未上市', '区外', '无', 'N', false].map((v) => checkField(yes, v).value)).toEqual([
      true, true, true, true, true, true, false, false, false, false, false, false,
    ]);
    expect(checkField(yes, '也许').problem?.key).toBe('company.badYesNo');
    const source = LEAD_ROW_RULES.source;
    expect(['EXHIBITION', 'exhibition', '展会'].map((v) => checkField(source, v).value)).toEqual([LeadSource.EXHIBITION, LeadSource.EXHIBITION, LeadSource.EXHIBITION]);
    expect(checkField(source, 'FAIR').problem).toEqual({ key: 'input.badEnum', params: { value: 'FAIR' } });
  });

  it('check a lead row: every bad field named, fields not given left out', () => {
    expect(checkLeadRow({ title: '扩产', nextAction: '回访', confidential: '否' })).toEqual({
      row: { title: '扩产', nextAction: '回访', confidential: false },
      problems: [],
    });
    const { row, problems } = checkLeadRow({ title: '', intendedInvestment: '-1', nextAction: '访'.repeat(LEAD_LIMITS.nextAction + 1), nextActionDue: '2025-02-30' });
    expect(row).toBeNull();
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['title', 'input.required'],
      ['intendedInvestment', 'lead.investmentNegative'],
      ['nextAction', 'input.tooLong'],
      ['nextActionDue', 'input.badDate'],
    ]);
  });

  it('check a company row: aliases split and counted, the credit code normalised and checked', () => {
    const { row } = checkCompanyRow({ name: '成都华日', aliases: '华日、成都华日；华日通讯', creditCode: VALID.toLowerCase(), isListed: '' });
    expect(row).toEqual({ name: '成都华日', aliases: ['华日', '华日通讯'], creditCode: VALID });
    const many = Array.from({ length: COMPANY_ROW_RULES.aliases.maxItems + 1 }, (_, i) => `别名${i}`);
    expect(checkCompanyRow({ name: '甲', aliases: many.join('，') }).problems).toEqual([{ field: 'aliases', key: 'company.tooManyAliases', params: { max: 20 } }]);
    expect(checkCompanyRow({ name: '甲', aliases: ['乙'.repeat(COMPANY_ROW_RULES.aliases.max + 1)] }).problems.map((p) => p.key)).toEqual(['input.tooLong']);
    expect(checkCompanyRow({ name: '甲', creditCode: VALID.slice(0, 17) }).problems).toEqual([{ field: 'creditCode', key: 'company.creditCode.length', params: { length: 17 } }]);
  });
});
