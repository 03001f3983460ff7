import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ProjectStage } from '@chainboard/domain';
import { ChainNode, IndustryChain } from '@chainboard/server-chains';
import { DecimalScalar } from '@chainboard/server-core';
import { Company } from '@chainboard/server-companies';

/** A project (项目): a concrete investment by a company, tracked through stages, placed on the nodes it fills. */
@ObjectType()
@Entity({ name: 'project' })
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @Field(() => Company, { nullable: true })
  @ManyToOne(() => Company, { nullable: true, onDelete: 'RESTRICT', eager: true })
  @JoinColumn({ name: 'company_id' })
  company: Relation<Company> | null;

  @Field(() => ID)
  @Index()
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chain_id' })
  chain: Relation<IndustryChain>;

  @Field(() => ProjectStage)
  @Column({ type: 'varchar', length: 24, default: ProjectStage.NEGOTIATING })
  stage: ProjectStage;

  @Field(() => DecimalScalar, { nullable: true, description: 'Planned investment in 亿元 (exact decimal)' })
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  investment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
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
