import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { BuildingRecognition, BuildingWork, LandTotalScope, ParcelCondition, ParcelStatus, RevitalisationPath, ZoneKind } from '@chainboard/domain';
import { DecimalScalar, LocalDateScalar } from '@chainboard/server-core';

registerEnumType(ZoneKind, { name: 'ZoneKind', description: 'CORE 核心, SUPPORT 支撑, RENEWAL_UNIT 有机更新单元, COMMUNITY 产业社区, STREET 特色街巷, SPACE 高品质科创空间, CLUSTER 楼宇集聚区, FUNCTION_AREA 产业功能区, PARK 产业园区, ENCLAVE 飞地园区' });
registerEnumType(BuildingRecognition, { name: 'BuildingRecognition', description: 'DEMO_SITE 成都市都市工业示范点位; SPECIALTY 成都市专业（特色）楼宇' });
registerEnumType(BuildingWork, { name: 'BuildingWork', description: 'NEW 新增; REFIT 改造' });
registerEnumType(ParcelCondition, { name: 'ParcelCondition', description: 'IDLE 闲置; LOW_EFFICIENCY 低效; UNSUPPLIED 未供' });
registerEnumType(RevitalisationPath, { name: 'RevitalisationPath', description: "The paths of the plan's 专栏2" });
registerEnumType(ParcelStatus, { name: 'ParcelStatus', description: 'IDENTIFIED 已摸排; IN_PROGRESS 盘活中; REVITALISED 已盘活' });
registerEnumType(LandTotalScope, { name: 'LandTotalScope' });

/** A place of the plan's spatial structure: a core, a support, a renewal unit, a community, a street, a 科创空间 … */
@ObjectType()
@Entity({ name: 'place_zone' })
export class PlaceZone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 60, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => ZoneKind)
  @Column({ type: 'varchar', length: 16 })
  kind: ZoneKind;

  @Field(() => ID, { nullable: true, description: 'The zone it lies in (e.g. a 科创空间 project in its 科创空间)' })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => PlaceZone, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<PlaceZone> | null;

  @Field({ description: "What the plan says it develops (e.g. 专栏1's 建设内容)" })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [String], { description: 'Codes of the chains it is for' })
  @Column({ name: 'chain_codes', type: 'varchar', length: 40, array: true, default: '{}' })
  chainCodes: string[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Total floor area, m²' })
  @Column({ name: 'floor_area_m2', type: 'numeric', precision: 18, scale: 4, nullable: true })
  floorAreaM2: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Total investment, 亿元' })
  @Column({ name: 'investment', type: 'numeric', precision: 18, scale: 4, nullable: true })
  investment: string | null;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}

/** A building: floor area, vacant area, featured industry, zone; recognised by the city, newly built or refitted. */
@ObjectType()
@Entity({ name: 'place_building' })
export class PlaceBuilding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'zone_id', type: 'uuid', nullable: true })
  zoneId: string | null;

  @ManyToOne(() => PlaceZone, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'zone_id' })
  zone: Relation<PlaceZone> | null;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'm²' })
  @Column({ name: 'floor_area_m2', type: 'numeric', precision: 18, scale: 4, nullable: true })
  floorAreaM2: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'm² vacant' })
  @Column({ name: 'vacant_area_m2', type: 'numeric', precision: 18, scale: 4, nullable: true })
  vacantAreaM2: string | null;

  @Field({ description: 'Featured industry (特色产业)' })
  @Column({ name: 'featured_industry', type: 'varchar', length: 100, default: '' })
  featuredIndustry: string;

  @Field(() => [String])
  @Column({ name: 'chain_codes', type: 'varchar', length: 40, array: true, default: '{}' })
  chainCodes: string[];

  @Field(() => BuildingRecognition, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  recognition: BuildingRecognition | null;

  @Field(() => BuildingWork, { nullable: true, description: 'Newly built or refitted for industry (the plan counts 5)' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  work: BuildingWork | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the new building or the refit was completed' })
  @Column({ name: 'work_completed_on', type: 'date', nullable: true })
  workCompletedOn: string | null;

  @Field({ description: 'Demo data (演示数据), not the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}

/** A parcel of industrial land on the ledger: its area in 亩, why it is there, the 专栏2 path chosen, where it stands. */
@ObjectType()
@Entity({ name: 'land_parcel' })
export class LandParcel {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 60, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'zone_id', type: 'uuid', nullable: true })
  zoneId: string | null;

  @ManyToOne(() => PlaceZone, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'zone_id' })
  zone: Relation<PlaceZone> | null;

  @Field(() => DecimalScalar, { description: '亩' })
  @Column({ name: 'area_mu', type: 'numeric', precision: 18, scale: 4 })
  areaMu: string;

  @Field(() => ParcelCondition)
  @Column({ type: 'varchar', length: 16 })
  condition: ParcelCondition;

  @Field(() => RevitalisationPath, { nullable: true })
  @Column({ type: 'varchar', length: 24, nullable: true })
  path: RevitalisationPath | null;

  @Field(() => ParcelStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ParcelStatus;

  @Field(() => [String])
  @Column({ name: 'chain_codes', type: 'varchar', length: 40, array: true, default: '{}' })
  chainCodes: string[];

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'identified_on', type: 'date', nullable: true })
  identifiedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was revitalised (counts toward the 500 亩 from then)' })
  @Column({ name: 'revitalised_on', type: 'date', nullable: true })
  revitalisedOn: string | null;

  @Field()
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A district total of the land ledger as the plan states it (e.g. 闲置低效用地 61 宗). */
@ObjectType()
@Entity({ name: 'land_total' })
export class LandTotal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => LandTotalScope)
  @Column({ type: 'varchar', length: 24, unique: true })
  scope: LandTotalScope;

  @Field(() => Int, { description: '宗' })
  @Column({ type: 'int' })
  parcels: number;

  @Field(() => DecimalScalar, { nullable: true, description: '亩; null when the plan gives no area' })
  @Column({ name: 'area_mu', type: 'numeric', precision: 18, scale: 4, nullable: true })
  areaMu: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field()
  @Column({ type: 'text', default: '' })
  quote: string;
}

export const PLACE_ENTITIES = [PlaceZone, PlaceBuilding, LandParcel, LandTotal];
