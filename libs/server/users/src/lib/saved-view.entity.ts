import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { User } from './user.entity';

/** A user's saved table view: which table, its filters, sort and columns. */
@ObjectType()
@Entity({ name: 'saved_view' })
@Unique('saved_view_name', ['userId', 'tableKey', 'name'])
export class SavedView {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Field({ description: 'The table the view is of, e.g. companies or leads' })
  @Column({ name: 'table_key', type: 'varchar', length: 40 })
  tableKey: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => GraphQLJSON, { description: 'Filters, sort and columns, as the table keeps them' })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
