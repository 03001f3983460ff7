import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Seed units already loaded (e.g. "map:new-materials"), so that a unit is applied once and user edits stay. */
@Entity({ name: 'seed_applied' })
export class SeedApplied {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' })
  appliedAt: Date;
}
