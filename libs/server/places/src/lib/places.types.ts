import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar, LocalDateScalar } from '@chainboard/server-core';
import { LandParcel, LandTotal, PlaceBuilding } from './place.entities';

@ObjectType({ description: 'The land ledger against the plan: 500 亩 of idle or low-efficiency land revitalised by 2025' })
export class LandSummary {
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => DecimalScalar, { description: '亩 revitalised since the plan period began, by asOf' }) revitalisedMu: string;
  @Field(() => Int) revitalisedParcels: number;
  @Field(() => DecimalScalar, { description: 'The target, 亩' }) targetMu: string;
  @Field(() => Float, { nullable: true }) completionPercent: number | null;
  @Field(() => Int, { description: 'Parcels on the ledger being revitalised' }) inProgressParcels: number;
  @Field(() => [LandTotal], { description: "The plan's own district totals" }) districtTotals: LandTotal[];
}

@ObjectType({ description: 'Buildings newly built or refitted for industry against the plan (5 by 2025)' })
export class BuildingSummary {
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => Int) completed: number;
  @Field(() => Int) target: number;
  @Field(() => DecimalScalar, { description: 'm² vacant in the buildings on record' }) vacantAreaM2: string;
}

@ObjectType({ description: 'A vacant carrier a project fits: a building (floor space) or a parcel (land)' })
export class CarrierMatch {
  @Field(() => PlaceBuilding, { nullable: true }) building: PlaceBuilding | null;
  @Field(() => LandParcel, { nullable: true }) parcel: LandParcel | null;
  @Field(() => DecimalScalar, { description: 'm² vacant (a building) or 亩 available (a parcel)' }) vacant: string;
}
