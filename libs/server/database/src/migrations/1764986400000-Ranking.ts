import { MigrationInterface, QueryRunner } from "typeorm";

// The published monthly rankings: each line frozen with the figures behind its score and the weights used.

export class Ranking1764986400000 implements MigrationInterface {
    name = 'Ranking1764986400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "ranking_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "month" character varying(7) NOT NULL,
                "kind" character varying(12) NOT NULL,
                "subject_id" uuid NOT NULL,
                "subject_name" character varying(100) NOT NULL,
                "score" numeric(6, 2) NOT NULL,
                "rank" integer NOT NULL,
                "figures" jsonb NOT NULL,
                "weights" jsonb NOT NULL,
                "published_by_id" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_572074811b085ab97e391a7da09" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ranking_entry_once" ON "ranking_entry" ("month", "kind", "subject_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ranking_entry_once"
        `);
        await queryRunner.query(`
            DROP TABLE "ranking_entry"
        `);
    }

}
