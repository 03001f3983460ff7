import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { alignByKeys, requestLoader } from '@chainboard/server-core';
import { Department } from './department.entity';
import { User } from './user.entity';

/**
 * The users feature's loaders, one of each per request (kept on the GraphQL context): other features resolve a
 * user or a department named by a record (a chain's leader, a lead's owner) through them, one statement per list.
 */
@Injectable()
export class UserLoaders {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Users by id, with their department. */
  user(ctx: object): DataLoader<string, User | null> {
    return requestLoader<string, User | null>(ctx, 'users.user', async (ids) => alignByKeys(ids, await this.db.manager.findBy(User, { id: In([...ids]) }), (r) => r.id));
  }

  /** Departments by id. */
  department(ctx: object): DataLoader<string, Department | null> {
    return requestLoader<string, Department | null>(ctx, 'users.department', async (ids) =>
      alignByKeys(ids, await this.db.manager.findBy(Department, { id: In([...ids]) }), (r) => r.id),
    );
  }
}
