import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Records that point at a company (its list tags and chain-map places, and other features' leads, contacts,
 * prospects, projects, …). The feature that owns them registers one of these with {@link CompanyReferences};
 * the companies feature merges (and counts) through the registry and never reads those tables itself.
 */
export interface CompanyReference {
  /** What points at the company, unique among the registrations: 'lead', 'prospect', … */
  readonly kind: string;
  /** Message key naming how many there are, with a `{{count}}` parameter (e.g. 线索{{count}}条). */
  readonly label: string;
  /** The table and column (referencing the company table) that hold it: checked against the database catalog. */
  readonly table: string;
  readonly column: string;
  /** How many point at the company. */
  count(m: EntityManager, companyId: string): Promise<number>;
  /**
   * How many live records of this kind point at the company and keep it from being deleted (a deleted lead or project
   * does not). Left out where records of the kind go into the recycle bin with the company (its tags, its places).
   */
  liveCount?(m: EntityManager, companyId: string): Promise<number>;
  /**
   * Moves all of them from one company to another (a merge: `fromId` is the record that goes). Where the other
   * company already has one that may exist only once, the two are settled into the one of `toId`.
   */
  moveToCompany(m: EntityManager, fromId: string, toId: string): Promise<void>;
}

/** The registry of what points at companies. Features register in their module's init. */
@Injectable()
export class CompanyReferences {
  private readonly references: CompanyReference[] = [];

  register(reference: CompanyReference): void {
    if (this.references.some((r) => r.kind === reference.kind)) throw new Error(`Company reference "${reference.kind}" is registered twice`);
    this.references.push(reference);
  }

  /** Every registration, in the order they were made. */
  all(): readonly CompanyReference[] {
    return this.references;
  }

  /** How many of each kind point at a company (kinds with none included), each with its message key. */
  async count(m: EntityManager, companyId: string): Promise<Array<{ kind: string; label: string; count: number }>> {
    const counts: Array<{ kind: string; label: string; count: number }> = [];
    for (const r of this.references) counts.push({ kind: r.kind, label: r.label, count: await r.count(m, companyId) });
    return counts;
  }

  /** The live records that keep a company from being deleted, by kind with their message key (kinds with none left out). */
  async blockingDelete(m: EntityManager, companyId: string): Promise<Array<{ kind: string; label: string; count: number }>> {
    const found: Array<{ kind: string; label: string; count: number }> = [];
    for (const r of this.references) {
      const n = r.liveCount ? await r.liveCount(m, companyId) : 0;
      if (n > 0) found.push({ kind: r.kind, label: r.label, count: n });
    }
    return found;
  }

  /** Moves everything that points at one company to another, in the order of registration. */
  async moveToCompany(m: EntityManager, fromId: string, toId: string): Promise<void> {
    for (const r of this.references) await r.moveToCompany(m, fromId, toId);
  }
}
