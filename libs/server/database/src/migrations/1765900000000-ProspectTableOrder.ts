import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The prospect table's order (priority as the domain ranks it, high first; then newest; then id) as an index, so that a
 * page walks the index and joins its fifty rows to their companies, nodes and assignees, instead of joining every
 * prospect of the chain and sorting them all. The expression is the list's own (ProspectsService, PRIORITY_RANK over
 * PRIORITY_ORDER); PostgreSQL uses the index only while the two are the same, which prospects.spec checks.
 */
export class ProspectTableOrder1765900000000 implements MigrationInterface {
  name = 'ProspectTableOrder1765900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "prospect_table_order" ON "prospect" ((array_position(ARRAY['HIGH','MEDIUM','LOW']::varchar[], "priority")), "created_at" DESC, "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "prospect_table_order"`);
  }
}
