import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A government department (e.g. a chain's lead department). */
@ObjectType()
@Entity({ name: 'department' })
export class Department {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'short_name', type: 'varchar', length: 40, nullable: true })
  shortName: string | null;

  @Field({ description: 'A disabled department keeps its users and chains but takes no new ones' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
