import { createI18n } from '@chainboard/web-ui';
import { CHAINS_NS } from '../i18n';
import { formatTarget, formatValidity, headlineTarget } from './format';

const zh = createI18n('zh-CN').getFixedT('zh-CN', CHAINS_NS);
const en = createI18n('en').getFixedT('en', CHAINS_NS);

const revenue = { year: 2025, metric: '营业收入', comparator: 'GTE' as const, value: '150', unit: '亿元' };

describe('formatTarget', () => {
  it('reads GTE as 达 and GT as 超过 in Chinese', () => {
    expect(formatTarget(revenue, zh)).toBe('2025年目标：营业收入 达 150 亿元');
    expect(formatTarget({ ...revenue, comparator: 'GT', value: '200' }, zh)).toBe('2025年目标：营业收入 超过 200 亿元');
  });

  it('uses ≥ and > in English', () => {
    expect(formatTarget(revenue, en)).toBe('2025 target: 营业收入 ≥ 150 亿元');
    expect(formatTarget({ ...revenue, comparator: 'GT' }, en)).toBe('2025 target: 营业收入 > 150 亿元');
  });

  it('drops trailing zeros of exact decimals', () => {
    expect(formatTarget({ ...revenue, value: '12.5000' }, zh)).toBe('2025年目标：营业收入 达 12.5 亿元');
  });

  it('has a list style without the word "target"', () => {
    expect(formatTarget({ ...revenue, comparator: 'GT', value: '5', unit: '家', metric: '新增小巨人企业' }, zh, 'line')).toBe(
      '2025年：新增小巨人企业 超过 5 家',
    );
  });
});

describe('headlineTarget', () => {
  it('is the first target, or none', () => {
    expect(headlineTarget(['a', 'b'])).toBe('a');
    expect(headlineTarget([])).toBeNull();
  });
});

describe('formatValidity', () => {
  it('describes each kind of validity period', () => {
    expect(formatValidity({ validFrom: '2022-07-01', validTo: '2025-12-31' }, zh)).toBe('2022-07-01 至 2025-12-31');
    expect(formatValidity({ validFrom: '2022-05-01', validTo: null }, zh)).toBe('2022-05-01 起，长期有效');
    expect(formatValidity({ validFrom: null, validTo: '2025-12-31' }, en)).toBe('Until 2025-12-31');
    expect(formatValidity({ validFrom: null, validTo: null }, en)).toBeNull();
  });
});
