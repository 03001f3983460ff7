import { decimalToUnits } from './money';

/** The kinds of place the plan's spatial structure names ("两核心、三支撑、多点突破"). */
export enum ZoneKind {
  CORE = 'CORE', // 核心
  SUPPORT = 'SUPPORT', // 支撑
  RENEWAL_UNIT = 'RENEWAL_UNIT', // 多点：有机更新单元
  COMMUNITY = 'COMMUNITY', // 产业社区
  STREET = 'STREET', // 特色街巷
  SPACE = 'SPACE', // 高品质科创空间（专栏1）
  CLUSTER = 'CLUSTER', // 楼宇集聚区
  FUNCTION_AREA = 'FUNCTION_AREA', // 产业功能区
  PARK = 'PARK', // 产业园区、知识城（她妆电商直播产业园、环川大知识城）
  ENCLAVE = 'ENCLAVE', // 飞地园区（在区外，与武侯共建）
}

/** What a district total of the land ledger counts: the plan's own figures (61 宗 idle or low-efficiency; 5 宗 unsupplied). */
export enum LandTotalScope {
  IDLE_OR_LOW_EFFICIENCY = 'IDLE_OR_LOW_EFFICIENCY',
  UNSUPPLIED = 'UNSUPPLIED',
}

/** How a building is recognised. */
export enum BuildingRecognition {
  DEMO_SITE = 'DEMO_SITE', // 成都市都市工业示范点位（表1）
  SPECIALTY = 'SPECIALTY', // 成都市专业（特色）楼宇
}

/** A building the plan's target "新增或改造工业楼宇 5 栋" counts: newly built or refitted for industry. */
export enum BuildingWork {
  NEW = 'NEW', // 新增
  REFIT = 'REFIT', // 改造
}

/** Why a parcel is on the land ledger: idle (闲置), low-efficiency (低效), or industrial land not yet supplied (未供). */
export enum ParcelCondition {
  IDLE = 'IDLE',
  LOW_EFFICIENCY = 'LOW_EFFICIENCY',
  UNSUPPLIED = 'UNSUPPLIED',
}

/** The paths of the plan's 专栏2 (武侯区低效闲置用地盘活路径). */
export enum RevitalisationPath {
  IDLE_DISPOSAL = 'IDLE_DISPOSAL', // 闲置用地处置
  CAPITAL_INCREASE = 'CAPITAL_INCREASE', // 增资扩能
  MERGER = 'MERGER', // 兼并重组
  AGREED_SWAP = 'AGREED_SWAP', // 协议置换
  NEGOTIATED_RECOVERY = 'NEGOTIATED_RECOVERY', // 协商收回（政府收储）
  EQUITY_ACQUISITION = 'EQUITY_ACQUISITION', // 协议收回（股权收购）
  LEASEBACK = 'LEASEBACK', // 返租改造
}

/** The paths 专栏2 allows for each condition: idle land is disposed of; low-efficiency land takes one of six paths. */
export const PATHS_FOR_CONDITION: Readonly<Record<ParcelCondition, readonly RevitalisationPath[]>> = {
  [ParcelCondition.IDLE]: [RevitalisationPath.IDLE_DISPOSAL],
  [ParcelCondition.LOW_EFFICIENCY]: [
    RevitalisationPath.CAPITAL_INCREASE,
    RevitalisationPath.MERGER,
    RevitalisationPath.AGREED_SWAP,
    RevitalisationPath.NEGOTIATED_RECOVERY,
    RevitalisationPath.EQUITY_ACQUISITION,
    RevitalisationPath.LEASEBACK,
  ],
  [ParcelCondition.UNSUPPLIED]: [],
};

/** Where a parcel's revitalisation stands; REVITALISED counts toward the plan's 500 亩. */
export enum ParcelStatus {
  IDENTIFIED = 'IDENTIFIED', // 已摸排
  IN_PROGRESS = 'IN_PROGRESS', // 盘活中
  REVITALISED = 'REVITALISED', // 已盘活
}

/** What a project needs (亩 of land or m² of floor space) and the chains it belongs to, for finding it a carrier. */
export interface CarrierNeed {
  landAreaMu: string | null;
  floorSpaceM2: string | null;
  /** The project's chain: a carrier featuring another chain does not fit; one featuring none fits any. */
  chainId: string | null;
  /** Zones the project may land in; none: any zone. */
  zoneIds?: readonly string[] | null;
}

/** A building or parcel with room to offer. */
export interface VacantCarrier {
  id: string;
  kind: 'BUILDING' | 'PARCEL';
  zoneId: string | null;
  /** Chains the carrier is for; empty: any. */
  chainIds: readonly string[];
  /** m² vacant in a building; 亩 available on a parcel (exact decimals). */
  vacant: string;
}

/**
 * The carriers a project fits: buildings with at least its floor space vacant (when it needs floor space),
 * parcels with at least its land (when it needs land), in one of its zones, for its chain or for any chain.
 * Largest room first. A project that states no need fits nothing (there is nothing to match).
 */
export function matchCarriers<T extends VacantCarrier>(need: CarrierNeed, carriers: readonly T[]): T[] {
  const floor = need.floorSpaceM2 ? decimalToUnits(need.floorSpaceM2) : null;
  const land = need.landAreaMu ? decimalToUnits(need.landAreaMu) : null;
  const zones = need.zoneIds?.length ? new Set(need.zoneIds) : null;
  return carriers
    .filter((c) => {
      const wanted = c.kind === 'BUILDING' ? floor : land;
      if (wanted === null || wanted <= 0n) return false;
      if (decimalToUnits(c.vacant) < wanted) return false;
      if (zones && (c.zoneId === null || !zones.has(c.zoneId))) return false;
      return c.chainIds.length === 0 || (need.chainId !== null && c.chainIds.includes(need.chainId));
    })
    .sort((a, b) => {
      const d = decimalToUnits(b.vacant) - decimalToUnits(a.vacant);
      return d > 0n ? 1 : d < 0n ? -1 : a.id.localeCompare(b.id);
    });
}
