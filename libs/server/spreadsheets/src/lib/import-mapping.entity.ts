import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A column's field in a saved mapping, by column number. */
export interface SavedColumn {
  index: number;
  field: string | null;
}

/** A value's target in a saved mapping. */
export interface SavedValue {
  field: string;
  value: string;
  target: string;
}

/**
 * A user's mapping of one file layout (its headings, as the mapping reads them) for one kind of import, saved when
 * an import with it is confirmed: the next file with the same headings maps itself.
 */
@Entity({ name: 'import_mapping' })
@Index('import_mapping_layout', ['userId', 'kind', 'layout'], { unique: true })
export class ImportMapping {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'text' })
  layout: string;

  @Column({ type: 'jsonb' })
  columns: SavedColumn[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  values: SavedValue[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const SPREADSHEET_ENTITIES = [ImportMapping];
