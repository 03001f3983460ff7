import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Role, ROLE_ORDER } from '@chainboard/domain';
import { notFound } from '@chainboard/server-core';
import { Department } from './department.entity';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
  ) {}

  list(filter: { roles?: Role[] } = {}): Promise<User[]> {
    // Roles in the domain's order (ROLE_ORDER: widest rights first), as SQL over literals of fixed, known values.
    const qb = this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.department', 'department')
      .orderBy(`array_position(ARRAY[${ROLE_ORDER.map((r) => `'${r}'`).join(',')}]::varchar[], u.role)`, 'ASC')
      .addOrderBy('u.username', 'ASC');
    if (filter.roles?.length) qb.where('u.role IN (:...roles)', { roles: filter.roles });
    return qb.getMany();
  }

  listDepartments(): Promise<Department[]> {
    return this.departments.find({ order: { name: 'ASC' } });
  }

  /** The user with this id, read through the given transaction's manager when there is one. */
  async getUser(id: string, manager: EntityManager = this.users.manager): Promise<User> {
    const user = await manager.findOne(User, { where: { id } });
    if (!user) throw notFound('user', id);
    return user;
  }

  async getDepartment(id: string, manager: EntityManager = this.departments.manager): Promise<Department> {
    const department = await manager.findOne(Department, { where: { id } });
    if (!department) throw notFound('department', id);
    return department;
  }
}
