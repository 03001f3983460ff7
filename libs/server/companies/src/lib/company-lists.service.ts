import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { CompanyListCategory } from '@chainboard/domain';
import { conflict, notFound } from '@chainboard/server-core';
import { CompanyList, CompanyTag } from './company-list.entity';
import { Company } from './company.entity';
import { AddCompanyTagInput, CreateCompanyListInput, UpdateCompanyListInput } from './dto/company.inputs';

/** The lists companies can be on (kept by an admin) and the tags that put a company on a list in a year. */
@Injectable()
export class CompanyListsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  lists(): Promise<CompanyList[]> {
    return this.db.manager.find(CompanyList, { order: { category: 'ASC', level: 'ASC', name: 'ASC' } });
  }

  async get(id: string, m: EntityManager = this.db.manager): Promise<CompanyList> {
    const list = await m.findOne(CompanyList, { where: { id } });
    if (!list) throw notFound('companyList', id);
    return list;
  }

  async create(input: CreateCompanyListInput): Promise<CompanyList> {
    const id = await this.db.transaction(async (m) => {
      await this.assertNameFree(m, input.name);
      const list = await m.save(
        m.create(CompanyList, { name: input.name, category: input.category, level: input.level ?? null, publisher: input.publisher?.trim() || null }),
      );
      return list.id;
    });
    return this.get(id);
  }

  async update(input: UpdateCompanyListInput): Promise<CompanyList> {
    await this.db.transaction(async (m) => {
      const list = await m.findOne(CompanyList, { where: { id: input.listId }, lock: { mode: 'pessimistic_write' } });
      if (!list) throw notFound('companyList', input.listId);
      if (input.name !== undefined && input.name !== list.name) await this.assertNameFree(m, input.name, list.id);
      const changes: Partial<CompanyList> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.category !== undefined) changes.category = input.category;
      if (input.level !== undefined) changes.level = input.level;
      if (input.publisher !== undefined) changes.publisher = input.publisher?.trim() || null;
      if (Object.keys(changes).length) await m.update(CompanyList, { id: list.id }, changes);
    });
    return this.get(input.listId);
  }

  /** Deletes a list; refused while companies are tagged with it. */
  async delete(listId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      const list = await m.findOne(CompanyList, { where: { id: listId }, lock: { mode: 'pessimistic_write' } });
      if (!list) throw notFound('companyList', listId);
      const count = await m.countBy(CompanyTag, { listId });
      if (count) throw conflict('companyList.inUse', { name: list.name, count });
      await m.delete(CompanyList, { id: listId });
    });
    return listId;
  }

  /** Tags a company with a list and year; tagging it again returns the tag it has. */
  async addTag(input: AddCompanyTagInput): Promise<CompanyTag> {
    const id = await this.db.transaction(async (m) => {
      if (!(await m.existsBy(Company, { id: input.companyId }))) throw notFound('company', input.companyId);
      await this.get(input.listId, m);
      await m.query(
        `INSERT INTO company_tag (company_id, list_id, year) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT company_tag_once DO NOTHING`,
        [input.companyId, input.listId, input.year],
      );
      const tag = await m.findOneByOrFail(CompanyTag, { companyId: input.companyId, listId: input.listId, year: input.year });
      return tag.id;
    });
    return this.db.manager.findOneByOrFail(CompanyTag, { id });
  }

  async removeTag(tagId: string): Promise<string> {
    // In a transaction, as every write: the audit trail records who removed it.
    const result = await this.db.transaction((m) => m.delete(CompanyTag, { id: tagId }));
    if (!result.affected) throw notFound('companyTag', tagId);
    return tagId;
  }

  /**
   * How many companies are tagged with a list of a category for a year from `fromYear` to `toYear` (each company
   * counted once): e.g. the high-tech enterprises of a year, whose recognition holds three years.
   */
  async countTagged(category: CompanyListCategory, fromYear: number, toYear: number): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(DISTINCT t.company_id)::int AS n FROM company_tag t JOIN company_list l ON l.id = t.list_id
        WHERE l.category = $1 AND t.year BETWEEN $2 AND $3`,
      [category, fromYear, toYear],
    );
    return row.n;
  }

  private async assertNameFree(m: EntityManager, name: string, exceptId?: string): Promise<void> {
    if (await m.existsBy(CompanyList, exceptId ? { name, id: Not(exceptId) } : { name })) throw conflict('companyList.nameTaken', { name, field: 'name' });
  }
}
