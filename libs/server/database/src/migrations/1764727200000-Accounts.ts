import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and sessions: a user holds several roles (the existing role copied into the set, and kept as the primary
 * one) and may be assigned chains; a reset or seeded password must be changed first; sessions are kept server-side;
 * departments can be disabled.
 */
export class Accounts1764727200000 implements MigrationInterface {
  name = 'Accounts1764727200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "user_session" (
                "id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" character varying(32),
                "refresh_hash" character varying(64) NOT NULL,
                "user_agent" character varying(255),
                "address" character varying(64),
                CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session" ("user_id")`);
    await queryRunner.query(`
            CREATE TABLE "user_chain" (
                "user_id" uuid NOT NULL,
                "chain_id" uuid NOT NULL,
                CONSTRAINT "PK_c47a85d05d4ed8b1e342b42c858" PRIMARY KEY ("user_id", "chain_id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_881da76357db42ecf2e21e35f2" ON "user_chain" ("chain_id")`);
    await queryRunner.query(`ALTER TABLE "department" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "roles" character varying(32) array NOT NULL DEFAULT '{}'`);
    // Every existing user keeps their one role, now the first (and only) of their set.
    await queryRunner.query(`UPDATE "app_user" SET "roles" = ARRAY["role"]::character varying(32)[]`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
            ALTER TABLE "user_session"
            ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_chain"
            ADD CONSTRAINT "FK_2e54654ae7e5150492d98f348fb" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_chain"
            ADD CONSTRAINT "FK_881da76357db42ecf2e21e35f23" FOREIGN KEY ("chain_id") REFERENCES "industry_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_chain" DROP CONSTRAINT "FK_881da76357db42ecf2e21e35f23"`);
    await queryRunner.query(`ALTER TABLE "user_chain" DROP CONSTRAINT "FK_2e54654ae7e5150492d98f348fb"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "last_sign_in_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "roles"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "active"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_881da76357db42ecf2e21e35f2"`);
    await queryRunner.query(`DROP TABLE "user_chain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
  }
}
