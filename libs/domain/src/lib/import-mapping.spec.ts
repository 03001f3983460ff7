import {
  amountInYi,
  detectColumnType,
  fieldForContent,
  fieldForHeading,
  IMPORT_FIELDS,
  IMPORT_KIND_NAMES,
  importFieldLabelKey,
  importLayout,
  readHeading,
  roundDecimal,
  shiftDecimal,
} from './import-mapping';
import { ERROR_MESSAGES, LANGUAGES } from './errors';

describe('reading a ledger heading', () => {
  it('reads full-width, bracketed and slashed forms, keeping a money unit', () => {
    expect(readHeading('意向投资额（亿元）')).toEqual({ key: '意向投资额', unit: '亿元' });
    expect(readHeading('意向投资额(万元)')).toEqual({ key: '意向投资额', unit: '万元' });
    expect(readHeading('＊企业名称：')).toEqual({ key: '企业名称', unit: null });
    expect(readHeading('投资额/万元')).toEqual({ key: '投资额', unit: '万元' });
    expect(readHeading('1.企业名称【必填】')).toEqual({ key: '企业名称', unit: null });
    expect(readHeading('ＣＯＭＰＡＮＹ　ＮＡＭＥ').key).toBe('companyname');
  });

  it('finds a field by its synonyms, exactly or by the longest synonym a heading contains', () => {
    expect(fieldForHeading('LEADS', '意向投资额（亿元）')).toBe('intendedInvestment');
    expect(fieldForHeading('LEADS', '所属产业链')).toBe('chain');
    expect(fieldForHeading('LEADS', '预计意向投资额(万元)')).toBe('intendedInvestment');
    expect(fieldForHeading('PROJECTS', '项目阶段')).toBe('stage');
    expect(fieldForHeading('LEADS', '联系电话')).toBeNull();
    // A field already taken by a column to the left is not suggested twice.
    expect(fieldForHeading('LEADS', '企业名称', new Set(['companyName']))).toBeNull();
  });

  it('keeps layouts apart by their headings as read', () => {
    expect(importLayout(['企业名称', '投资额（万元）'])).toBe(importLayout(['企业名称 ', '投资额(万元)']));
    expect(importLayout(['企业名称', '投资额'])).not.toBe(importLayout(['企业名称', '负责人']));
  });
});

describe('what a column holds', () => {
  it('tells dates, credit codes, yes/no words, amounts with units and remarks apart', () => {
    expect(detectColumnType(['2025/3/2', '2025年4月1日', '2025-05-06', ''])).toBe('date');
    expect(detectColumnType(['91510107MA61R8XX4X', '91510100MA6CB12345'])).toBe('creditCode');
    expect(detectColumnType(['是', '否', '是'])).toBe('yesNo');
    expect(detectColumnType(['5000', '12,000万元', '1.2亿'])).toBe('amount');
    expect(detectColumnType(['企业拟在武侯设立西南研发中心', '已对接两次，等待董事会决议'])).toBe('note');
    expect(detectColumnType(['甲', '乙'])).toBeNull();
    expect(detectColumnType([])).toBeNull();
  });

  it('suggests the first free field of that type', () => {
    expect(fieldForContent('LEADS', ['2025-01-02'], new Set())).toBe('nextActionDue');
    expect(fieldForContent('LEADS', ['2025-01-02'], new Set(['nextActionDue']))).toBe('noteDate');
    expect(fieldForContent('PROJECTS', ['3000'], new Set(['agreedInvestment']))).toBe('fundsInPlace');
  });
});

describe('amounts in 亿元', () => {
  it('reads the unit of the cell, else of the heading, exactly', () => {
    expect(amountInYi('5000', '万元')).toBe('0.5');
    expect(amountInYi('12,000万元', null)).toBe('1.2');
    expect(amountInYi('１.５亿', '万元')).toBe('1.5');
    expect(amountInYi('300000000元', null)).toBe('3');
    expect(amountInYi('12.5', '亿元')).toBe('12.5');
    expect(amountInYi('123.45', '万元')).toBe('0.0123');
    expect(amountInYi('abc', '万元')).toBe('abc');
    expect(amountInYi('-5', '万元')).toBe('-0.0005');
  });

  it('shifts and rounds decimal strings without floating point', () => {
    expect(shiftDecimal('12345.678', -4)).toBe('1.2345678');
    expect(shiftDecimal('0.5', 2)).toBe('50');
    expect(shiftDecimal('7', -8)).toBe('0.00000007');
    expect(roundDecimal('0.00005', 4)).toBe('0.0001');
    expect(roundDecimal('9.99995', 4)).toBe('10');
    expect(roundDecimal('1.23444', 4)).toBe('1.2344');
  });
});

describe('import messages', () => {
  const codes = IMPORT_KIND_NAMES.flatMap((k) => IMPORT_FIELDS[k].map((f) => f.field));

  it('label every field of every kind in every language', () => {
    for (const lng of LANGUAGES) {
      const messages = ERROR_MESSAGES[lng] as Record<string, string>;
      for (const kind of IMPORT_KIND_NAMES) for (const f of IMPORT_FIELDS[kind]) expect([lng, kind, f.field, messages[importFieldLabelKey(kind, f.field)]]).toEqual([lng, kind, f.field, expect.any(String)]);
    }
  });

  it('never name a field by its code: every import message key, filled as the importer fills it', () => {
    for (const lng of LANGUAGES) {
      const messages = ERROR_MESSAGES[lng] as Record<string, string>;
      const label = messages[importFieldLabelKey('LEADS', 'chain')];
      const keys = Object.keys(messages).filter((k) => k.startsWith('import.'));
      expect(keys.length).toBeGreaterThan(40);
      for (const key of keys) {
        const text = messages[key].replace(/\{\{(\w+)\}\}/g, (_, p: string) => (['column', 'other', 'field'].includes(p) ? label : p === 'value' ? '王小明' : '3'));
        const words = text.match(/[A-Za-z]+/g) ?? [];
        // English prose may say "chain" or "title"; a code name written as one (companyName, nextActionDue) never appears.
        expect([key, words.filter((w) => codes.includes(w) && /[A-Z]/.test(w))]).toEqual([key, []]);
        // A Chinese message has no English words at all but file types and formats.
        if (lng === 'zh-CN') expect([key, words.filter((w) => !['xlsx', 'csv', 'MB', 'YYYY', 'MM', 'DD'].includes(w))]).toEqual([key, []]);
      }
    }
  });
});
