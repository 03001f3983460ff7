import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A company: one already in the district, or one the district wants to attract. */
@ObjectType()
@Entity({ name: 'company' })
// The recycle bin's order (deleted ones only), made in the migration by hand.
@Index('company_deleted', { synchronize: false })
export class Company {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Also indexed in the search's order: shorter names first, then the name in the "C" collation, then the id (expression index, made by the migration). */
  @Field({ description: 'Name in Chinese, as registered or commonly written' })
  @Index()
  @Index('company_name_order', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'english_name', type: 'varchar', length: 200, nullable: true })
  englishName: string | null;

  @Field(() => [String], { description: 'Other names the company goes by' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码), when known' })
  @Index({ unique: true, where: '"credit_code" IS NOT NULL' })
  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Where the headquarters are' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  headquarters: string | null;

  @Field()
  @Column({ name: 'is_listed', type: 'boolean', default: false })
  isListed: boolean;

  @Field({ description: 'Located in the district' })
  @Column({ name: 'is_local', type: 'boolean', default: false })
  isLocal: boolean;

  /** The name reduced for duplicate detection (see companyNameKey in the domain library). */
  @Index()
  @Column({ name: 'name_key', type: 'varchar', length: 200, default: '' })
  nameKey: string;

  /** Unigrams and bigrams of the names, for substring search that behaves alike on every PostgreSQL (GIN index, made by the migration). */
  @Index('company_search_tokens_gin', { synchronize: false })
  // Written with the record, read only by the search's SQL: left out of every entity read (tens of strings a row).
  @Column({ name: 'search_tokens', type: 'text', array: true, default: () => "'{}'", select: false })
  searchTokens: string[];

  /**
   * The folded names, rechecked with LIKE after the token index narrowed the candidates. The first, the folded name, is
   * indexed in the "C" collation for exact and prefix matches (expression index, made by the migration).
   */
  @Index('company_search_name', { synchronize: false })
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field({ description: 'Invented for the demonstration (演示数据): a company no source names' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was deleted: a deleted company is in the recycle bin until an admin restores it' })
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who deleted it' })
  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedById: string | null;

  @Field(() => ID, { nullable: true, description: 'The company it was merged into: a merged company is deleted (kept in the recycle bin, not restorable)' })
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Company, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'FK_company_merged_into' })
  mergedInto?: Relation<Company> | null;
}
