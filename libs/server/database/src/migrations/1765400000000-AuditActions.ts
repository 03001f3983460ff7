import { MigrationInterface, QueryRunner } from "typeorm";

// Entries the app appends itself (sign_in, sign_in_failed, export) name their action in up to 20 characters.
export class AuditActions1765400000000 implements MigrationInterface {
    name = 'AuditActions1765400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "action" TYPE character varying(20)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "action" TYPE character varying(10)`);
    }

}
