/**
 * Deterministic synthetic companies with realistic Chinese names: region + brand + industry + legal form, some with
 * the region in brackets, some with an English name or an alias. The same seed gives the same companies.
 */

/** mulberry32: a small, fast, seeded PRNG (deterministic across runs and machines). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['成都', '四川', '武侯', '重庆', '北京', '上海', '深圳', '广州', '杭州', '西安', '武汉', '南京', '苏州', '天津', '长沙', '合肥', '厦门', '青岛', '绵阳', '德阳'];
const BRAND = '华新中天恒鑫瑞博宏达盛德泰海金科联创信源通安康力光明东方远兴嘉汇正诚佳美云智锐星晶航宇蓉锦川岷峨蜀凯欣腾飞润丰长城泽辰启越晨曦卓悦鼎睿然和';
const INDUSTRIES = [
  '电子科技',
  '通讯技术',
  '生物医药',
  '医疗器械',
  '新材料',
  '软件技术',
  '信息技术',
  '网络科技',
  '智能装备',
  '文化传媒',
  '数字科技',
  '精密陶瓷',
  '半导体',
  '光电技术',
  '健康管理',
  '医学美容',
  '创意设计',
  '供应链管理',
  '新能源',
  '环保科技',
  '检测技术',
  '微波技术',
  '集成电路',
  '生物技术',
];
const FORMS = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '科技有限公司'];
const PINYIN: Record<string, string> = { 华: 'Hua', 新: 'Xin', 中: 'Zhong', 天: 'Tian', 恒: 'Heng', 鑫: 'Xin', 瑞: 'Rui', 博: 'Bo', 宏: 'Hong', 达: 'Da', 盛: 'Sheng', 德: 'De' };

export interface SyntheticCompany {
  name: string;
  englishName: string | null;
  aliases: string[];
  isLocal: boolean;
  isListed: boolean;
}

export function syntheticCompanies(count: number, seed = 20251126): SyntheticCompany[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[] | string): T => xs[Math.floor(random() * xs.length)] as T;
  const seen = new Set<string>();
  const out: SyntheticCompany[] = [];
  while (out.length < count) {
    const region = random() < 0.7 ? pick<string>(REGIONS) : '';
    const brand = pick<string>(BRAND) + pick<string>(BRAND) + (random() < 0.25 ? pick<string>(BRAND) : '');
    const industry = pick<string>(INDUSTRIES);
    const form = pick<string>(FORMS);
    const bracketed = region && random() < 0.15;
    const name = bracketed ? `${brand}${industry}（${region}）${form}` : `${region}${brand}${industry}${form}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const english = random() < 0.2 ? `${[...brand].map((ch) => PINYIN[ch] ?? 'Jin').join('')} ${industry.length > 3 ? 'Technology' : 'Industries'} Co., Ltd.` : null;
    out.push({
      name,
      englishName: english,
      aliases: random() < 0.1 ? [`${brand}${industry}`] : [],
      isLocal: random() < 0.3,
      isListed: random() < 0.05,
    });
  }
  return out;
}

/** The characters a unified social credit code is written in (GB 32100-2015: digits and capitals without I, O, S, V, Z). */
const USCC_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Registration authority and type (9 1: a company registered with market regulation) and the area codes of the registering office. */
const USCC_AREAS = ['510107', '510104', '510105', '510106', '510108', '510112', '510116', '510100', '510000', '500000', '110105', '310115', '440300', '330106'];

/**
 * The n-th synthetic unified social credit code: 91, an area code, a nine-character organisation code spread over the
 * whole code space by n (so distinct for distinct n), and the check character computed by `check` (pass the domain's
 * usccCheckCharacter: one rule, never re-typed).
 */
export function syntheticCreditCode(n: number, check: (first17: string) => string): string {
  const space = 31 ** 8;
  let x = (n * 48_271 + 12_345) % space;
  let body = '';
  for (let i = 0; i < 8; i++) {
    body = USCC_CHARACTERS[x % 31] + body;
    x = Math.floor(x / 31);
  }
  // The organisation code's own last character (GB 11714) is not checked by the credit code's rule: any digit will do.
  const first17 = `91${USCC_AREAS[n % USCC_AREAS.length]}${body}${n % 10}`;
  return first17 + check(first17);
}
