import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { CompanyRole } from '@chainboard/domain';
import { ChainNode } from '@chainboard/server-chains';
import { Company } from './company.entity';

registerEnumType(CompanyRole, { name: 'CompanyRole', description: 'ANCHOR: 链主企业; LOCAL: local company; TARGET: company to attract' });

/** A company on a chain-map node, with its role there. A node with companies cannot be deleted without moving them. */
@ObjectType()
@Entity({ name: 'chain_node_company' })
@Unique('chain_node_company_pair', ['nodeId', 'companyId'])
export class NodeCompany {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'segment_id', type: 'uuid' })
  nodeId: string;

  @ManyToOne(() => ChainNode, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  node: Relation<ChainNode>;

  @Field(() => ID)
  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Field(() => Company)
  @ManyToOne(() => Company, { nullable: false, onDelete: 'CASCADE', eager: true })
  @JoinColumn({ name: 'company_id' })
  company: Relation<Company>;

  @Field(() => CompanyRole)
  @Column({ type: 'varchar', length: 16 })
  role: CompanyRole;
}
