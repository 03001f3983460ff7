import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The progress meeting (项目推进会): meetings of a scope, attendees, agenda items, action items (督办事项) and the
 * coordination issues closed out at a meeting; a held meeting keeps its frozen papers.
 */
export class Meetings1764813600000 implements MigrationInterface {
    name = 'Meetings1764813600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "meeting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "held_on" date NOT NULL,
                "place" character varying(200),
                "all_chains" boolean NOT NULL DEFAULT false,
                "chain_ids" uuid array NOT NULL DEFAULT '{}',
                "scope_key" character varying(400) NOT NULL,
                "chair_id" uuid,
                "status" character varying(16) NOT NULL DEFAULT 'PLANNED',
                "period_from" date NOT NULL,
                "period_to" date NOT NULL,
                "previous_meeting_id" uuid,
                "frozen" jsonb,
                "minutes_docx" bytea,
                "ledger_xlsx" bytea,
                "held_at" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "is_demo" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cc9f58383c13029661a99b31cc" ON "meeting" ("scope_key", "held_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_attendee" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "user_id" uuid,
                "guest_name" character varying(100),
                "guest_unit" character varying(200),
                "is_demo" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_503e099c618ff1a7ac117352ca7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b9643d7e1564152109a46bb98f" ON "meeting_attendee" ("meeting_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "kind" character varying(24) NOT NULL,
                "ref_kind" character varying(16),
                "ref_id" uuid,
                "project_id" uuid,
                "title" character varying(300) NOT NULL,
                "summary" text,
                "carried_count" integer NOT NULL DEFAULT '0',
                "discussion" text,
                "decisions" text array NOT NULL DEFAULT '{}',
                "is_demo" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_09baaefe52e6de4dcc166507e1e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_meeting_item_ref" ON "meeting_item" ("meeting_id", "kind", "ref_id")
            WHERE "ref_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8c51ca2f9cc6efe700fe5f8fb6" ON "meeting_item" ("meeting_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_action" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "item_id" uuid,
                "text" character varying(500) NOT NULL,
                "owner_id" uuid NOT NULL,
                "due_on" date NOT NULL,
                "project_id" uuid,
                "issue_id" uuid,
                "status" character varying(8) NOT NULL DEFAULT 'OPEN',
                "done_on" date,
                "created_on" date NOT NULL,
                "is_demo" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_52c80696cd871f6ad7d12f740e2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_94bce1739dedc4a4789d9969b3" ON "meeting_action" ("meeting_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c5be41c43c1a2f5bbf243ff383" ON "meeting_action" ("owner_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_issue_closure" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "item_id" uuid,
                "issue_id" uuid NOT NULL,
                "resolution" text NOT NULL,
                "closed_on" date NOT NULL,
                "is_demo" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_b61da4e75e5af83a308741a2c61" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f6695acc8b52cd7c95191ff2e7" ON "meeting_issue_closure" ("meeting_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_92d3103a794cc6ce8018452dcf3" FOREIGN KEY ("chair_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_cd135c698df23e629466b7d2634" FOREIGN KEY ("previous_meeting_id") REFERENCES "meeting"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_a196ffb31eb4fc165b20be0e6ae" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee"
            ADD CONSTRAINT "FK_6ae2c754d429a9c48266579041d" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee"
            ADD CONSTRAINT "FK_957ef8618ca00125e7ef3d00050" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_item"
            ADD CONSTRAINT "FK_535aee3949b402a0cfa3d2121df" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_item"
            ADD CONSTRAINT "FK_63c9ae59cdde46e37e39ee91c2e" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action"
            ADD CONSTRAINT "FK_94bce1739dedc4a4789d9969b3e" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action"
            ADD CONSTRAINT "FK_d80ccabd4968f5a1540e8969791" FOREIGN KEY ("item_id") REFERENCES "meeting_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action"
            ADD CONSTRAINT "FK_f8574c7022ad5039951ae7fed2b" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action"
            ADD CONSTRAINT "FK_64abbb63916b6ad4290304cbed1" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action"
            ADD CONSTRAINT "FK_919320e985fa8efb21433f1e33b" FOREIGN KEY ("issue_id") REFERENCES "coordination_issue"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_issue_closure"
            ADD CONSTRAINT "FK_f6695acc8b52cd7c95191ff2e73" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_issue_closure"
            ADD CONSTRAINT "FK_8cd5b33087c9577ac9906c8805e" FOREIGN KEY ("item_id") REFERENCES "meeting_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_issue_closure"
            ADD CONSTRAINT "FK_d8729ea1beeb0aa699fade43bd4" FOREIGN KEY ("issue_id") REFERENCES "coordination_issue"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "meeting_issue_closure" DROP CONSTRAINT "FK_d8729ea1beeb0aa699fade43bd4"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_issue_closure" DROP CONSTRAINT "FK_8cd5b33087c9577ac9906c8805e"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_issue_closure" DROP CONSTRAINT "FK_f6695acc8b52cd7c95191ff2e73"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action" DROP CONSTRAINT "FK_919320e985fa8efb21433f1e33b"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action" DROP CONSTRAINT "FK_64abbb63916b6ad4290304cbed1"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action" DROP CONSTRAINT "FK_f8574c7022ad5039951ae7fed2b"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action" DROP CONSTRAINT "FK_d80ccabd4968f5a1540e8969791"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_action" DROP CONSTRAINT "FK_94bce1739dedc4a4789d9969b3e"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_item" DROP CONSTRAINT "FK_63c9ae59cdde46e37e39ee91c2e"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_item" DROP CONSTRAINT "FK_535aee3949b402a0cfa3d2121df"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_957ef8618ca00125e7ef3d00050"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_6ae2c754d429a9c48266579041d"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_a196ffb31eb4fc165b20be0e6ae"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_cd135c698df23e629466b7d2634"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_92d3103a794cc6ce8018452dcf3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f6695acc8b52cd7c95191ff2e7"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_issue_closure"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c5be41c43c1a2f5bbf243ff383"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_94bce1739dedc4a4789d9969b3"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_action"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8c51ca2f9cc6efe700fe5f8fb6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_meeting_item_ref"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_item"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b9643d7e1564152109a46bb98f"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_attendee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_cc9f58383c13029661a99b31cc"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting"
        `);
    }

}
