import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, VirtualColumn } from 'typeorm';
import { Role } from '@chainboard/domain';
import { Department } from './department.entity';

registerEnumType(Role, { name: 'Role', description: 'What a user may do (see the permissions table)' });

@ObjectType()
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 60, unique: true })
  username: string;

  @Field()
  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Role, { description: 'The primary role: the first of `roles` in the domain\'s role order (widest rights first)' })
  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Field(() => [Role], { description: 'Every role the user holds; the permissions are the union of theirs' })
  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  roles: Role[];

  /**
   * The chains the user is assigned to (user_chain), beyond those they lead or their department leads: their own
   * chains too. Read with every read of a user, in the same statement (one indexed lookup per user).
   */
  @Field(() => [ID], { description: 'Chains the user is assigned to (their own chains, beside those they lead or their department leads)' })
  @VirtualColumn({
    type: 'text',
    query: (alias) => `SELECT coalesce(string_agg(uc.chain_id::text, ',' ORDER BY uc.chain_id), '') FROM user_chain uc WHERE uc.user_id = ${alias}.id`,
    transformer: { from: (value: string | null) => (value ? value.split(',') : []), to: (value: unknown) => value },
  })
  chainIds: string[];

  @Field(() => ID, { nullable: true })
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Field(() => Department, { nullable: true })
  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT', eager: true })
  @JoinColumn({ name: 'department_id' })
  department: Relation<Department> | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field({ description: 'The password was set by an admin (or the seed) and must be changed before anything else' })
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Field(() => Date, { nullable: true, description: 'When the user last signed in' })
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
