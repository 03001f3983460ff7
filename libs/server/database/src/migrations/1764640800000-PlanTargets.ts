import { MigrationInterface, QueryRunner } from "typeorm";

// The plan's indicators (table 2 and the targets of its text) and the actual values entered against them or
// against a chain's targets, by year or quarter, with their source and who entered them.

export class PlanTargets1764640800000 implements MigrationInterface {
    name = 'PlanTargets1764640800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "plan_indicator" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(60) NOT NULL,
                "category" character varying(20) NOT NULL,
                "name" character varying(100) NOT NULL,
                "unit" character varying(16) NOT NULL,
                "baseline_year" integer NOT NULL,
                "baseline_value" numeric(18, 4),
                "baseline_text" character varying(40),
                "target_year" integer NOT NULL,
                "target_value" numeric(18, 4),
                "target_text" character varying(40),
                "cumulative" boolean NOT NULL DEFAULT false,
                "attribute" character varying(10) NOT NULL,
                "origin" character varying(12) NOT NULL,
                "computed" character varying(40),
                "quote" text NOT NULL DEFAULT '',
                "sort_order" integer NOT NULL DEFAULT '0',
                CONSTRAINT "UQ_0ed6f3254b92aaa7d3ae598034a" UNIQUE ("code"),
                CONSTRAINT "PK_163988b4c429a775be1cb52c1d2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_actual" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "indicator_id" uuid,
                "chain_target_id" uuid,
                "year" integer NOT NULL,
                "quarter" smallint NOT NULL DEFAULT '0',
                "value" numeric(18, 4),
                "value_text" character varying(200),
                "source_note" text NOT NULL,
                "entered_by_id" uuid NOT NULL,
                "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "indicator_actual_quarter" CHECK (
                    quarter BETWEEN 0 AND 4
                ),
                CONSTRAINT "indicator_actual_one_subject" CHECK (
                    (indicator_id IS NULL) <> (chain_target_id IS NULL)
                ),
                CONSTRAINT "PK_07bf5b93c36e29ba33990d1028d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c5359a2eca0b09a673c4f1faa5" ON "indicator_actual" ("entered_by_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "indicator_actual_chain_target_period" ON "indicator_actual" ("chain_target_id", "year", "quarter")
            WHERE chain_target_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "indicator_actual_indicator_period" ON "indicator_actual" ("indicator_id", "year", "quarter")
            WHERE indicator_id IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_actual"
            ADD CONSTRAINT "FK_28d66284e2cc8621590bbfbfb2b" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_actual"
            ADD CONSTRAINT "FK_b5660f11e747c4dc3b76c17b68a" FOREIGN KEY ("chain_target_id") REFERENCES "chain_target"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_actual"
            ADD CONSTRAINT "FK_c5359a2eca0b09a673c4f1faa55" FOREIGN KEY ("entered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "indicator_actual" DROP CONSTRAINT "FK_c5359a2eca0b09a673c4f1faa55"`);
        await queryRunner.query(`ALTER TABLE "indicator_actual" DROP CONSTRAINT "FK_b5660f11e747c4dc3b76c17b68a"`);
        await queryRunner.query(`ALTER TABLE "indicator_actual" DROP CONSTRAINT "FK_28d66284e2cc8621590bbfbfb2b"`);
        await queryRunner.query(`DROP INDEX "public"."indicator_actual_indicator_period"`);
        await queryRunner.query(`DROP INDEX "public"."indicator_actual_chain_target_period"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c5359a2eca0b09a673c4f1faa5"`);
        await queryRunner.query(`DROP TABLE "indicator_actual"`);
        await queryRunner.query(`DROP TABLE "plan_indicator"`);
    }

}
