import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not, QueryFailedError } from 'typeorm';
import { Actor } from '@chainboard/domain';
import { conflict, notFound } from '@chainboard/server-core';
import { SavedView } from './saved-view.entity';
import { CreateSavedViewInput, UpdateSavedViewInput } from './dto/saved-view.inputs';

const isNameTaken = (e: unknown) => e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';

/** Saved table views: each user sees, changes and deletes only their own. */
@Injectable()
export class SavedViewsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(actor: Actor, tableKey?: string): Promise<SavedView[]> {
    return this.db.manager.find(SavedView, {
      where: tableKey ? { userId: actor.id, tableKey } : { userId: actor.id },
      order: { tableKey: 'ASC', name: 'ASC' },
    });
  }

  async create(actor: Actor, input: CreateSavedViewInput): Promise<SavedView> {
    const id = await this.db
      .transaction(async (m) => {
        await this.assertNameFree(m, actor.id, input.tableKey, input.name);
        const view = await m.save(m.create(SavedView, { userId: actor.id, tableKey: input.tableKey, name: input.name, settings: input.settings }));
        return view.id;
      })
      .catch((e: unknown) => {
        if (isNameTaken(e)) throw conflict('savedView.nameTaken', { name: input.name, field: 'name' });
        throw e;
      });
    return this.db.manager.findOneByOrFail(SavedView, { id });
  }

  async update(actor: Actor, input: UpdateSavedViewInput): Promise<SavedView> {
    await this.db
      .transaction(async (m) => {
        const view = await this.own(m, actor, input.viewId);
        if (input.name !== undefined && input.name !== view.name) await this.assertNameFree(m, actor.id, view.tableKey, input.name, view.id);
        const changes: Record<string, unknown> = {};
        if (input.name !== undefined) changes.name = input.name;
        if (input.settings !== undefined) changes.settings = input.settings;
        if (Object.keys(changes).length) await m.update(SavedView, { id: view.id }, changes);
      })
      .catch((e: unknown) => {
        if (isNameTaken(e)) throw conflict('savedView.nameTaken', { name: input.name ?? '', field: 'name' });
        throw e;
      });
    return this.db.manager.findOneByOrFail(SavedView, { id: input.viewId });
  }

  async delete(actor: Actor, viewId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      await this.own(m, actor, viewId);
      await m.delete(SavedView, { id: viewId });
    });
    return viewId;
  }

  /** The view if it is the actor's; another user's view is answered as not found. */
  private async own(m: EntityManager, actor: Actor, id: string): Promise<SavedView> {
    const view = await m.findOne(SavedView, { where: { id, userId: actor.id }, lock: { mode: 'pessimistic_write' } });
    if (!view) throw notFound('savedView', id);
    return view;
  }

  private async assertNameFree(m: EntityManager, userId: string, tableKey: string, name: string, exceptId?: string): Promise<void> {
    const where = exceptId ? { userId, tableKey, name, id: Not(exceptId) } : { userId, tableKey, name };
    if (await m.existsBy(SavedView, where)) throw conflict('savedView.nameTaken', { name, field: 'name' });
  }
}
