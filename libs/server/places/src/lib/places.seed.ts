import { join } from 'path';
import { EntityManager } from 'typeorm';
import {
  BuildingRecognition,
  BuildingWork,
  isDecimalString,
  LandTotalScope,
  ParcelCondition,
  ParcelStatus,
  PATHS_FOR_CONDITION,
  RevitalisationPath,
  ZoneKind,
} from '@chainboard/domain';
import { chainsSeed } from '@chainboard/server-chains';
import { isSeedDate, readSeedFile, seedDate, SeedStep, seedFiles } from '@chainboard/server-database';
import { LandParcel, LandTotal, PlaceBuilding, PlaceZone } from './place.entities';

interface ZoneSeed {
  code: string;
  name: string;
  kind: ZoneKind;
  parent?: string;
  chains?: string[];
  description?: string;
  floorAreaM2?: string;
  investment?: string;
}

interface BuildingSeed {
  name: string;
  zone?: string;
  description?: string;
  floorAreaM2?: string;
  vacantAreaM2?: string;
  featuredIndustry?: string;
  chains?: string[];
  recognition?: BuildingRecognition;
  work?: BuildingWork;
  workCompletedOn?: string;
}

interface ParcelSeed {
  code: string;
  name: string;
  zone?: string;
  areaMu: string;
  condition: ParcelCondition;
  path?: RevitalisationPath;
  status: ParcelStatus;
  chains?: string[];
  identifiedOn?: string;
  revitalisedOn?: string;
}

/** A file of seeds/places: the plan's places, or (with `demo: true`) demo buildings and parcels. */
export interface PlacesSeedFile {
  demo?: boolean;
  zones?: ZoneSeed[];
  buildings?: BuildingSeed[];
  parcels?: ParcelSeed[];
  landTotals?: Array<{ scope: LandTotalScope; parcels: number; areaMu?: string; year: number; quote?: string }>;
}

/** One unit of the places seed: a zone, building, parcel or land total, and whether its file is demo data. */
export type PlaceSeedUnit = { demo: boolean } & (
  | { zone: ZoneSeed }
  | { building: BuildingSeed }
  | { parcel: ParcelSeed }
  | { landTotal: NonNullable<PlacesSeedFile['landTotals']>[number] }
);

/** The units back as one plan file and one demo file. */
function filesOf(units: readonly PlaceSeedUnit[]): PlacesSeedFile[] {
  const files = [false, true].map((demo) => ({ demo, zones: [], buildings: [], parcels: [], landTotals: [] }) as Required<PlacesSeedFile>);
  for (const u of units) {
    const f = files[u.demo ? 1 : 0];
    if ('zone' in u) f.zones.push(u.zone);
    if ('building' in u) f.buildings.push(u.building);
    if ('parcel' in u) f.parcels.push(u.parcel);
    if ('landTotal' in u) f.landTotals.push(u.landTotal);
  }
  return files;
}

const decimalOrNull = (v: unknown) => (v === undefined || v === null ? null : String(v));
const badDecimal = (v: unknown) => v !== undefined && v !== null && !isDecimalString(String(v));

/** The plan's places (zones, spaces, named buildings, the district's land totals) and, with the demo, buildings and parcels. */
export const placesSeed: SeedStep<PlaceSeedUnit[]> = {
  name: 'places',
  read(dir) {
    return seedFiles(join(dir, 'places')).flatMap((path) => {
      const f = readSeedFile<PlacesSeedFile>(path);
      const demo = f.demo === true;
      return [
        ...(f.zones ?? []).map((zone) => ({ demo, zone })),
        ...(f.buildings ?? []).map((building) => ({ demo, building })),
        ...(f.parcels ?? []).map((parcel) => ({ demo, parcel })),
        ...(f.landTotals ?? []).map((landTotal) => ({ demo, landTotal })),
      ];
    });
  },
  problems(units, other) {
    const files = filesOf(units);
    const problems: string[] = [];
    const chains = new Set(other(chainsSeed).map((c) => c.code));
    const zones = new Set(files.flatMap((f) => (f.zones ?? []).map((z) => z.code)));
    const names = new Set<string>();
    const codes = new Set<string>();
    const chainsOk = (where: string, list?: string[]) => {
      for (const c of list ?? []) if (!chains.has(c)) problems.push(`${where}: unknown chain ${c}`);
    };
    const zoneOk = (where: string, zone?: string) => {
      if (zone && !zones.has(zone)) problems.push(`${where}: unknown zone ${zone}`);
    };
    for (const f of files) {
      for (const z of f.zones ?? []) {
        const where = `places: zone ${z.code}`;
        if (codes.has(z.code)) problems.push(`${where}: the code is used twice`);
        codes.add(z.code);
        if (!Object.values(ZoneKind).includes(z.kind)) problems.push(`${where}: unknown kind ${z.kind}`);
        zoneOk(where, z.parent);
        chainsOk(where, z.chains);
        if (badDecimal(z.floorAreaM2) || badDecimal(z.investment)) problems.push(`${where}: floor area and investment are decimals`);
      }
      for (const b of f.buildings ?? []) {
        const where = `places: building ${b.name}`;
        if (names.has(b.name)) problems.push(`${where}: the name is used twice`);
        names.add(b.name);
        zoneOk(where, b.zone);
        chainsOk(where, b.chains);
        if (badDecimal(b.floorAreaM2) || badDecimal(b.vacantAreaM2)) problems.push(`${where}: areas are decimals`);
        if (b.recognition && !Object.values(BuildingRecognition).includes(b.recognition)) problems.push(`${where}: unknown recognition`);
        if (b.work && !Object.values(BuildingWork).includes(b.work)) problems.push(`${where}: unknown work`);
        if (b.workCompletedOn !== undefined && !isSeedDate(b.workCompletedOn)) problems.push(`${where}: workCompletedOn is not a date`);
      }
      for (const p of f.parcels ?? []) {
        const where = `places: parcel ${p.code}`;
        if (!f.demo) problems.push(`${where}: individual parcels are demo data (demo: true)`);
        if (codes.has(p.code)) problems.push(`${where}: the code is used twice`);
        codes.add(p.code);
        zoneOk(where, p.zone);
        chainsOk(where, p.chains);
        if (!isDecimalString(String(p.areaMu))) problems.push(`${where}: areaMu is a decimal`);
        if (!Object.values(ParcelCondition).includes(p.condition)) problems.push(`${where}: unknown condition`);
        if (!Object.values(ParcelStatus).includes(p.status)) problems.push(`${where}: unknown status`);
        if (p.path && !PATHS_FOR_CONDITION[p.condition]?.includes(p.path)) problems.push(`${where}: path ${p.path} is not one of 专栏2's paths for ${p.condition}`);
        if ((p.status === ParcelStatus.REVITALISED) !== (p.revitalisedOn !== undefined)) problems.push(`${where}: a revitalised parcel has a revitalisedOn date, no other`);
        for (const d of [p.identifiedOn, p.revitalisedOn]) if (d !== undefined && !isSeedDate(d)) problems.push(`${where}: ${d} is not a date`);
      }
      for (const t of f.landTotals ?? []) {
        if (!Object.values(LandTotalScope).includes(t.scope) || !Number.isInteger(t.parcels) || badDecimal(t.areaMu)) problems.push(`places: land total ${t.scope}`);
      }
    }
    return problems;
  },
  async load(m: EntityManager, units, context) {
    const files = filesOf(units);
    let added = 0;
    const plan = files.filter((f) => !f.demo);
    const demo = files.filter((f) => f.demo);
    const zoneIds = new Map<string, string>();
    const zoneId = (code?: string) => (code ? (zoneIds.get(code) ?? null) : null);
    // The plan's places load once (unit "places:plan"); a database that loaded them before the places the plan names
    // elsewhere were added (its parks, renewal units and old areas, enclave parks) gets the missing ones once more
    // (unit "places:plan@plan-faithful"): what is there already, edited or not, stays as it is.
    const planUnits = ['places:plan', 'places:plan@plan-faithful'];
    const pending: string[] = [];
    for (const unit of planUnits) if (!(await context.applied(unit))) pending.push(unit);
    if (pending.length) {
      let order = (await m.count(PlaceZone)) * 10;
      for (const f of plan) {
        for (const z of f.zones ?? []) {
          const existing = await m.findOneBy(PlaceZone, { code: z.code });
          if (existing) {
            zoneIds.set(z.code, existing.id);
            continue;
          }
          const row = await m.save(
            m.create(PlaceZone, {
              code: z.code,
              name: z.name,
              kind: z.kind,
              parentId: zoneId(z.parent),
              description: z.description ?? '',
              chainCodes: z.chains ?? [],
              floorAreaM2: decimalOrNull(z.floorAreaM2),
              investment: decimalOrNull(z.investment),
              sortOrder: (order += 10),
            }),
          );
          zoneIds.set(z.code, row.id);
          added++;
        }
      }
      for (const f of plan) added += await loadBuildings(m, f.buildings ?? [], zoneId, false, context.today);
      for (const f of plan) {
        for (const t of f.landTotals ?? []) {
          if (await m.existsBy(LandTotal, { scope: t.scope })) continue;
          await m.insert(LandTotal, { scope: t.scope, parcels: t.parcels, areaMu: decimalOrNull(t.areaMu), year: t.year, quote: t.quote ?? '' });
          added++;
        }
      }
      for (const unit of pending) await context.markApplied(unit);
    }
    if (context.demo && demo.length && !(await context.applied('places:demo'))) {
      for (const z of await m.find(PlaceZone)) zoneIds.set(z.code, z.id);
      for (const f of demo) {
        added += await loadBuildings(m, f.buildings ?? [], zoneId, true, context.today);
        for (const p of f.parcels ?? []) {
          if (await m.existsBy(LandParcel, { code: p.code })) continue;
          await m.insert(LandParcel, {
            code: p.code,
            name: p.name,
            zoneId: zoneId(p.zone),
            areaMu: String(p.areaMu),
            condition: p.condition,
            path: p.path ?? null,
            status: p.status,
            chainCodes: p.chains ?? [],
            identifiedOn: p.identifiedOn ? seedDate(p.identifiedOn, context.today) : null,
            revitalisedOn: p.revitalisedOn ? seedDate(p.revitalisedOn, context.today) : null,
            isDemo: true,
          });
          added++;
        }
      }
      await context.markApplied('places:demo');
    }
    return added;
  },
};

async function loadBuildings(m: EntityManager, list: BuildingSeed[], zoneId: (code?: string) => string | null, isDemo: boolean, today: string): Promise<number> {
  let added = 0;
  let order = (await m.count(PlaceBuilding)) * 10;
  for (const b of list) {
    if (await m.existsBy(PlaceBuilding, { name: b.name })) continue;
    await m.insert(PlaceBuilding, {
      name: b.name,
      zoneId: zoneId(b.zone),
      description: b.description ?? '',
      floorAreaM2: decimalOrNull(b.floorAreaM2),
      vacantAreaM2: decimalOrNull(b.vacantAreaM2),
      featuredIndustry: b.featuredIndustry ?? '',
      chainCodes: b.chains ?? [],
      recognition: b.recognition ?? null,
      work: b.work ?? null,
      workCompletedOn: b.workCompletedOn ? seedDate(b.workCompletedOn, today) : null,
      isDemo,
      sortOrder: (order += 10),
    });
    added++;
  }
  return added;
}
