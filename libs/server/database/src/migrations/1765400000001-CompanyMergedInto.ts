import { MigrationInterface, QueryRunner } from "typeorm";

// A merged company is no longer deleted: it is soft-deleted and names the company it was merged into.
export class CompanyMergedInto1765400000001 implements MigrationInterface {
    name = 'CompanyMergedInto1765400000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "company" ADD "merged_into_id" uuid`);
        await queryRunner.query(`ALTER TABLE "company" ADD CONSTRAINT "FK_company_merged_into" FOREIGN KEY ("merged_into_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "company" DROP CONSTRAINT "FK_company_merged_into"`);
        await queryRunner.query(`ALTER TABLE "company" DROP COLUMN "merged_into_id"`);
    }

}
