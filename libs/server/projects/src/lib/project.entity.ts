import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { InvestmentTier, investmentTier, ProjectStage, ProjectType } from '@chainboard/domain';
import { ChainNode, IndustryChain } from '@chainboard/server-chains';
import { DecimalScalar, LocalDateScalar } from '@chainboard/server-core';
import { Company } from '@chainboard/server-companies';
import { Department, User } from '@chainboard/server-users';

registerEnumType(ProjectType, { name: 'ProjectType', description: '产业化项目, regional HQ (区域总部), R&D centre (研发中心), platform (平台), other' });
registerEnumType(InvestmentTier, { name: 'InvestmentTier', description: 'Tier of the agreed investment: ≥ 30亿, 10–30亿, 1–10亿, < 1亿' });

/**
 * A project (项目): a concrete investment by a company, tracked through stages (see PROJECT_STAGE_TRANSITIONS),
 * placed on the chain-map nodes it fills. Money in 亿元 as exact decimals; dates are district calendar dates.
 * A confidential project shows its code name, and none of what identifies the company, to those without access.
 * `version` is the optimistic lock: every change is `UPDATE … WHERE id = $1 AND version = $2`.
 */
@ObjectType()
@Entity({ name: 'project' })
// The ledger's default order (updated_at DESC NULLS LAST, created_at DESC, id), made in the migration by hand.
@Index('project_ledger_order', { synchronize: false })
// The kanban's order within a stage (stage, stage_on DESC NULLS LAST, updated_at DESC, id), made in the migration by hand.
@Index('project_board_order', { synchronize: false })
// The recycle bin's order (deleted ones only), made in the migration by hand.
@Index('project_deleted', { synchronize: false })
// The live projects' facts the dashboard's figures read (chain_id, id, including type, stage, amount, dates, the log's signing and dropping dates), made in the migration by hand.
@Index('project_live_facts', { synchronize: false })
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The name; a masked project shows its code name (or 保密项目)' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID, { nullable: true, description: 'The investing company (null when masked)' })
  @Index()
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: Relation<Company> | null;

  @Field(() => ID)
  @Index()
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chain_id' })
  chain?: Relation<IndustryChain>;

  @Field(() => ProjectType)
  @Column({ type: 'varchar', length: 24, default: ProjectType.INDUSTRIALISATION })
  type: ProjectType;

  @Field(() => ProjectStage)
  @Index()
  @Column({ type: 'varchar', length: 24, default: ProjectStage.NEGOTIATING })
  stage: ProjectStage;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Effective date of the move into the current stage' })
  @Column({ name: 'stage_on', type: 'date', nullable: true })
  stageOn: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Agreed investment (协议投资额) in 亿元, exact decimal' })
  @Column({ name: 'agreed_investment', type: 'numeric', precision: 18, scale: 4, nullable: true })
  agreedInvestment: string | null;

  @Field(() => DecimalScalar, { nullable: true, deprecationReason: 'Use agreedInvestment' })
  get investment(): string | null {
    return this.agreedInvestment;
  }

  @Field(() => InvestmentTier, { nullable: true, description: 'Computed from the agreed investment (investmentTier in libs/domain); null without one' })
  get tier(): InvestmentTier | null {
    return investmentTier(this.agreedInvestment);
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'The amount in a foreign currency, when agreed in one' })
  @Column({ name: 'foreign_amount', type: 'numeric', precision: 18, scale: 4, nullable: true })
  foreignAmount: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the foreign amount, e.g. USD' })
  @Column({ name: 'foreign_currency', type: 'varchar', length: 3, nullable: true })
  foreignCurrency: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead the project was converted from' })
  @Index('project_lead_unique', { unique: true, where: 'lead_id IS NOT NULL' })
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible district leader (责任领导)' })
  @Index()
  @Column({ name: 'responsible_leader_id', type: 'uuid', nullable: true })
  responsibleLeaderId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_leader_id' })
  responsibleLeader?: Relation<User> | null;

  @Field(() => ID, { nullable: true, description: 'The responsible unit (责任单位)' })
  @Index()
  @Column({ name: 'responsible_unit_id', type: 'uuid', nullable: true })
  responsibleUnitId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_unit_id' })
  responsibleUnit?: Relation<Department> | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who runs the project (负责人); holds project.own on its chain' })
  @Index()
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<User> | null;

  @Field(() => String, { nullable: true, description: 'Where it lands (载体): a zone, a building, a land parcel' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  carrier: string | null;

  @Field(() => ID, { nullable: true, description: 'The zone it lands in (the places feature), beside the carrier text' })
  @Column({ name: 'carrier_zone_id', type: 'uuid', nullable: true })
  carrierZoneId: string | null;

  @Field(() => ID, { nullable: true, description: 'The building it lands in (the places feature)' })
  @Column({ name: 'carrier_building_id', type: 'uuid', nullable: true })
  carrierBuildingId: string | null;

  @Field(() => ID, { nullable: true, description: 'The land parcel it lands on (the places feature)' })
  @Column({ name: 'carrier_parcel_id', type: 'uuid', nullable: true })
  carrierParcelId: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Land needed, in 亩' })
  @Column({ name: 'land_area_mu', type: 'numeric', precision: 18, scale: 4, nullable: true })
  landAreaMu: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Floor space, in m²' })
  @Column({ name: 'floor_space_m2', type: 'numeric', precision: 18, scale: 4, nullable: true })
  floorSpaceM2: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected annual output, 亿元' })
  @Column({ name: 'expected_output', type: 'numeric', precision: 18, scale: 4, nullable: true })
  expectedOutput: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected annual tax, 亿元' })
  @Column({ name: 'expected_tax', type: 'numeric', precision: 18, scale: 4, nullable: true })
  expectedTax: string | null;

  @Field(() => Int, { nullable: true, description: 'Expected jobs' })
  @Column({ name: 'expected_jobs', type: 'int', nullable: true })
  expectedJobs: number | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Field(() => String, { nullable: true, description: 'Shown instead of the name to those who may not see a confidential project' })
  @Column({ name: 'code_name', type: 'varchar', length: 100, nullable: true })
  codeName: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Signing date (the SIGNED move)' })
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  /**
   * The effective date of the project's first SIGNED move in its stage log, the day it counts from (countProjects).
   * Kept by the database (the project_log_dates triggers on project_stage_log), never written by the API.
   */
  @Column({ name: 'log_signed_on', type: 'date', nullable: true, insert: false, update: false, select: false })
  logSignedOn?: string | null;

  /** The effective date of the project's first DROPPED move in its stage log, the day it stops counting; kept like logSignedOn. */
  @Column({ name: 'log_dropped_on', type: 'date', nullable: true, insert: false, update: false, select: false })
  logDroppedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the company registered in the district (the REGISTERED move)' })
  @Column({ name: 'registered_company_name', type: 'varchar', length: 200, nullable: true })
  registeredCompanyName: string | null;

  @Field(() => String, { nullable: true, description: "The registered company's unified social credit code" })
  @Column({ name: 'registered_credit_code', type: 'varchar', length: 18, nullable: true })
  registeredCreditCode: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Construction start (the CONSTRUCTION_STARTED move)' })
  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Production start (the IN_PRODUCTION move)' })
  @Column({ name: 'production_on', type: 'date', nullable: true })
  productionOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Full capacity reached (the AT_FULL_CAPACITY move)' })
  @Column({ name: 'capacity_on', type: 'date', nullable: true })
  capacityOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is on hold (while on hold)' })
  @Column({ name: 'hold_reason', type: 'text', nullable: true })
  holdReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was dropped' })
  @Column({ name: 'drop_reason', type: 'text', nullable: true })
  dropReason: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the latest progress update or stage move (the health light reads it)' })
  @Column({ name: 'last_update_on', type: 'date', nullable: true })
  lastUpdateOn: string | null;

  @Field({ description: 'Holds demo data (演示数据): invented by the seed, wholly or in every field not listed in planFields' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Field(() => [String], {
    description: "The fields whose values are the plan's own facts (e.g. name, chainId, floorSpaceM2, agreedInvestment), for a project the plan names; a field edited since drops out",
  })
  @Column({ name: 'plan_fields', type: 'text', array: true, default: () => "'{}'" })
  planFields: string[];

  @Index('project_search_tokens_gin', { synchronize: false })
  // Written with the record, read only by the search's SQL: left out of every entity read (tens of strings a row).
  @Column({ name: 'search_tokens', type: 'text', array: true, default: () => "'{}'", select: false })
  searchTokens: string[];

  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Field(() => LocalDateScalar, { description: 'District calendar date the project was entered' })
  @Column({ name: 'created_on', type: 'date', default: () => 'CURRENT_DATE' })
  createdOn: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: Relation<User> | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updatedBy?: Relation<User> | null;

  @Field(() => Int, { description: 'The optimistic lock: send it back as expectedVersion' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When it was deleted: a deleted project is in the recycle bin until an admin restores it' })
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who deleted it' })
  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedById: string | null;
}

/** A chain-map node a project fills. A node with projects cannot be deleted without moving them first. */
@Entity({ name: 'project_chain_node' })
export class ProjectNode {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project: Relation<Project>;

  @Index()
  @PrimaryColumn({ name: 'segment_id', type: 'uuid' })
  nodeId: string;

  @ManyToOne(() => ChainNode, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  node: Relation<ChainNode>;
}
