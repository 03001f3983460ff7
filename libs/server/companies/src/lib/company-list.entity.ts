import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { CompanyListCategory, ListLevel } from '@chainboard/domain';
import { Company } from './company.entity';

registerEnumType(CompanyListCategory, { name: 'CompanyListCategory' });
registerEnumType(ListLevel, { name: 'ListLevel' });

/** A published list companies can be on (e.g. 中国企业500强, 专精特新"小巨人"); kept as data by an admin. */
@ObjectType()
@Entity({ name: 'company_list' })
export class CompanyList {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;

  @Field(() => CompanyListCategory)
  @Column({ type: 'varchar', length: 24 })
  category: CompanyListCategory;

  @Field(() => ListLevel, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  level: ListLevel | null;

  @Field(() => String, { nullable: true, description: 'Who publishes the list' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  publisher: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A company on a list in a given year. */
@ObjectType()
@Entity({ name: 'company_tag' })
@Unique('company_tag_once', ['companyId', 'listId', 'year'])
export class CompanyTag {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company: Relation<Company>;

  @Field(() => ID)
  @Index()
  @Column({ name: 'list_id', type: 'uuid' })
  listId: string;

  @Field(() => CompanyList)
  @ManyToOne(() => CompanyList, { nullable: false, onDelete: 'RESTRICT', eager: true })
  @JoinColumn({ name: 'list_id' })
  list: Relation<CompanyList>;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;
}
