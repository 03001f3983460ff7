import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A setting an admin can change (e.g. the lead time rules), kept as JSON under a key. */
@Entity({ name: 'app_setting' })
export class AppSetting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
