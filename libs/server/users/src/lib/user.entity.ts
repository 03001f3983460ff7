import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
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

  @Field(() => Role)
  @Column({ type: 'varchar', length: 32 })
  role: Role;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
