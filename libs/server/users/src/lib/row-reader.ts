import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads one entity's columns from a row of a hand-written statement, the way TypeORM hydrates them (its column
 * metadata, the driver's value conversion and the columns' transformers, virtual columns included), without building
 * the statement again for every request. `select(alias)` lists the columns as `"<prefix><property>"`; `read(row)`
 * makes the entity (null when the row has no key, as for an outer join that found nothing).
 */
export interface RowReader<T> {
  select(alias: string): string;
  read(row: Record<string, unknown>): T | null;
}

export function rowReader<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, prefix: string): RowReader<T> {
  const metadata = db.getMetadata(target);
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  const key = metadata.primaryColumns[0];
  const name = (property: string) => `${prefix}${property}`;
  return {
    select: (alias) =>
      columns
        .map((c) => `${c.isVirtualProperty && c.query ? `(${c.query(alias)})` : `${alias}."${c.databaseName}"`} AS "${name(c.propertyPath)}"`)
        .join(', '),
    read: (row) => {
      if (row[name(key.propertyPath)] === null || row[name(key.propertyPath)] === undefined) return null;
      const entity = metadata.create() as T;
      for (const c of columns) c.setEntityValue(entity, db.driver.prepareHydratedValue(row[name(c.propertyPath)], c));
      return entity;
    },
  };
}
