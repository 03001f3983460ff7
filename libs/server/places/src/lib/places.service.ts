import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, matchCarriers, ParcelStatus, PLAN_PERIOD, sumDecimals, targetCompletion, VacantCarrier } from '@chainboard/domain';
import { ChainsService } from '@chainboard/server-chains';
import { notFound } from '@chainboard/server-core';
import { Project, ProjectsService } from '@chainboard/server-projects';
import { LandParcel, LandTotal, PlaceBuilding, PlaceZone } from './place.entities';
import { BuildingSummary, CarrierMatch, LandSummary } from './places.types';
import { SetProjectCarrierInput } from './places.inputs';

/** The plan's targets for the places: 500 亩 revitalised, 5 buildings new or refitted (表2 空间拓展). */
export const PLACE_TARGETS = { revitalisedMu: '500', buildings: 5 } as const;

/**
 * The district's places: the zones of the plan's spatial structure, buildings, land parcels and the plan's land
 * totals; what has been revitalised or built against the plan, and where a project can land.
 */
@Injectable()
export class PlacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainsService,
    private readonly projects: ProjectsService,
  ) {}

  zones(): Promise<PlaceZone[]> {
    return this.db.manager.find(PlaceZone, { order: { sortOrder: 'ASC' } });
  }

  buildings(zoneId?: string | null): Promise<PlaceBuilding[]> {
    return this.db.manager.find(PlaceBuilding, { where: zoneId ? { zoneId } : {}, order: { sortOrder: 'ASC' } });
  }

  parcels(): Promise<LandParcel[]> {
    return this.db.manager.find(LandParcel, { order: { code: 'ASC' } });
  }

  landTotals(): Promise<LandTotal[]> {
    return this.db.manager.find(LandTotal, { order: { scope: 'ASC' } });
  }

  /** Land revitalised in the plan period by `asOf` (parcels REVITALISED on or before it), against the 500 亩. */
  async landSummary(asOf: string, includeDemo = true): Promise<LandSummary> {
    const parcels = (await this.parcels()).filter((p) => includeDemo || !p.isDemo);
    const done = parcels.filter((p) => p.status === ParcelStatus.REVITALISED && p.revitalisedOn !== null && p.revitalisedOn >= PLAN_PERIOD.from && p.revitalisedOn <= asOf);
    const revitalisedMu = sumDecimals(done.map((p) => p.areaMu));
    return {
      asOf,
      revitalisedMu,
      revitalisedParcels: done.length,
      targetMu: PLACE_TARGETS.revitalisedMu,
      completionPercent: targetCompletion(PLACE_TARGETS.revitalisedMu, revitalisedMu),
      inProgressParcels: parcels.filter((p) => p.status === ParcelStatus.IN_PROGRESS).length,
      districtTotals: await this.landTotals(),
    };
  }

  /** Buildings newly built or refitted for industry, completed in the plan period by `asOf`, against the 5. */
  async buildingSummary(asOf: string, includeDemo = true): Promise<BuildingSummary> {
    const buildings = (await this.buildings()).filter((b) => includeDemo || !b.isDemo);
    const completed = buildings.filter((b) => b.work !== null && b.workCompletedOn !== null && b.workCompletedOn >= PLAN_PERIOD.from && b.workCompletedOn <= asOf);
    return { asOf, completed: completed.length, target: PLACE_TARGETS.buildings, vacantAreaM2: sumDecimals(buildings.map((b) => b.vacantAreaM2 ?? '0')) };
  }

  /**
   * Where a project can land: vacant buildings (for its floor space) and parcels not yet revitalised (for its land)
   * with at least the room it needs, in the zones for its chain (or the zone asked, with the zones inside it), for
   * its chain or for any. Largest room first.
   */
  async whereCanLand(actor: Actor, projectId: string, zoneId?: string | null): Promise<CarrierMatch[]> {
    const project = await this.projects.get(actor, projectId);
    const chain = await this.chains.get(project.chainId);
    const chainIdByCode = new Map((await this.chains.list()).map((c) => [c.code, c.id]));
    const zones = await this.zones();
    const roots = zoneId ? zones.filter((z) => z.id === zoneId) : zones.filter((z) => z.chainCodes.includes(chain.code));
    const allowed = new Set(roots.map((z) => z.id));
    for (let grew = true; grew; ) {
      grew = false;
      for (const z of zones) {
        if (z.parentId && allowed.has(z.parentId) && !allowed.has(z.id)) {
          allowed.add(z.id);
          grew = true;
        }
      }
    }
    const ids = (codes: string[]) => codes.map((c) => chainIdByCode.get(c)).filter((id): id is string => !!id);
    const buildings = (await this.buildings()).filter((b) => b.vacantAreaM2 !== null);
    const parcels = (await this.parcels()).filter((p) => p.status !== ParcelStatus.REVITALISED);
    type Carrier = VacantCarrier & { building: PlaceBuilding | null; parcel: LandParcel | null };
    const carriers: Carrier[] = [
      ...buildings.map((b) => ({ id: b.id, kind: 'BUILDING' as const, zoneId: b.zoneId, chainIds: ids(b.chainCodes), vacant: b.vacantAreaM2 as string, building: b, parcel: null })),
      ...parcels.map((p) => ({ id: p.id, kind: 'PARCEL' as const, zoneId: p.zoneId, chainIds: ids(p.chainCodes), vacant: p.areaMu, building: null, parcel: p })),
    ];
    const found = matchCarriers({ landAreaMu: project.landAreaMu, floorSpaceM2: project.floorSpaceM2, chainId: project.chainId, zoneIds: [...allowed] }, carriers);
    return found.map((c) => ({ building: c.building, parcel: c.parcel, vacant: c.vacant }));
  }

  /** Links a project to its carrier among the places (zone, building, parcel), each checked to exist. */
  setProjectCarrier(actor: Actor, input: SetProjectCarrierInput): Promise<Project> {
    const refs = { carrierZoneId: input.carrierZoneId ?? null, carrierBuildingId: input.carrierBuildingId ?? null, carrierParcelId: input.carrierParcelId ?? null };
    return this.projects.setCarrierRefs(actor, { projectId: input.projectId, expectedVersion: input.expectedVersion, ...refs }, async (m: EntityManager) => {
      if (refs.carrierZoneId && !(await m.existsBy(PlaceZone, { id: refs.carrierZoneId }))) throw notFound('placeZone', refs.carrierZoneId);
      if (refs.carrierBuildingId && !(await m.existsBy(PlaceBuilding, { id: refs.carrierBuildingId }))) throw notFound('placeBuilding', refs.carrierBuildingId);
      if (refs.carrierParcelId && !(await m.existsBy(LandParcel, { id: refs.carrierParcelId }))) throw notFound('landParcel', refs.carrierParcelId);
    });
  }
}
