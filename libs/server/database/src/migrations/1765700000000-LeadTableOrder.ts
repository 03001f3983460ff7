import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The lead table's default order (newest first: created_on DESC NULLS LAST, created_at DESC, id) as an index over the
 * live leads, so that a page is read from the index instead of sorting every lead (at 20,000 leads the sort was most
 * of the page's statement). NULLS LAST as the query asks it: PostgreSQL matches an index's null ordering exactly.
 */
export class LeadTableOrder1765700000000 implements MigrationInterface {
    name = 'LeadTableOrder1765700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "lead_table_order" ON "lead" ("created_on" DESC NULLS LAST, "created_at" DESC, "id") WHERE "deleted_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "lead_table_order"`);
    }

}
