import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { User } from '@chainboard/server-users';

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

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_import_mapping_user' })
  user?: Relation<User>;

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

/**
 * A previewed import waiting for its confirmation: what the preview showed, the good rows as checked, and the
 * mapping to save. Kept in the database, not in one API process's memory, so that a preview made through one API
 * process can be confirmed through another. Confirming marks it (in the writing transaction), so it is written once.
 */
@Entity({ name: 'import_preview' })
export class ImportPreviewRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_import_preview_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_import_preview_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** The preview as answered (counts, problems, columns, values). */
  @Column({ type: 'jsonb' })
  preview: unknown;

  /** The good rows, checked, in file order: what the confirmation writes. */
  @Column({ type: 'jsonb' })
  rows: unknown[];

  @Column({ type: 'jsonb' })
  mapping: { layout: string; columns: SavedColumn[]; values: SavedValue[] };

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const SPREADSHEET_ENTITIES = [ImportMapping, ImportPreviewRecord];
