import { MigrationInterface, QueryRunner } from "typeorm";
import { searchIndex } from "@chainboard/domain";

// The project pipeline: a project's type, agreed investment (renamed from investment) and foreign amount, source lead,
// responsible leader and unit, owner, carrier, land, floor space, expected output, tax and jobs, confidentiality,
// stage fields, demo flag, search index and version; its stage log, funds in place, milestones, progress updates,
// coordination issues (with their event log) and timeline.

export class ProjectPipeline1764460800000 implements MigrationInterface {
    name = 'ProjectPipeline1764460800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "project_stage_log" (
                "id" BIGSERIAL NOT NULL,
                "project_id" uuid NOT NULL,
                "from_stage" character varying(24),
                "to_stage" character varying(24) NOT NULL,
                "effective_on" date NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "note" text,
                "reason" text,
                "source" character varying(8) NOT NULL DEFAULT 'APP',
                CONSTRAINT "PK_28a79a2ae3d23e04535a1df2a91" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_04d2434e9daff68c3e49c866c2" ON "project_stage_log" ("to_stage")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6ec8cc157ce4018a4e127c0835" ON "project_stage_log" ("project_id", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_funds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "amount" numeric(18, 4) NOT NULL,
                "received_on" date NOT NULL,
                "kind" character varying(16) NOT NULL,
                "source_note" text,
                "entered_by" uuid,
                "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_802246ca588075dec57a9863f2b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_423fa00b4d29a6fcc8d927f1c7" ON "project_funds" ("project_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_milestone" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "planned_on" date NOT NULL,
                "actual_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7a9da5fbeade8826432de525d1a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a111304a8272ba72e9c44eac47" ON "project_milestone" ("project_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_update" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "text" text NOT NULL,
                "author_id" uuid,
                "created_on" date NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b4f76307d68c3428aa2d555091f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fa07033aca6cf5ed14fdf85ede" ON "project_update" ("project_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "coordination_issue" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "detail" text,
                "from_department_id" uuid,
                "from_unit" character varying(200),
                "raised_by" uuid,
                "raised_on" date NOT NULL,
                "due_on" date,
                "status" character varying(16) NOT NULL DEFAULT 'OPEN',
                "resolution" text,
                "closed_by" uuid,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closed_on" date,
                "reopen_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a1820e928eedadb2753c9950f37" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a83b1cd688208af7eef578319a" ON "coordination_issue" ("project_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0bc3754eaf3c37850b5610f203" ON "coordination_issue" ("from_department_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8491c8ad4de8e59f42cebe17f8" ON "coordination_issue" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "coordination_issue_event" (
                "id" BIGSERIAL NOT NULL,
                "issue_id" uuid NOT NULL,
                "from_status" character varying(16),
                "to_status" character varying(16) NOT NULL,
                "note" text,
                "actor_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a33422aa0a9edb638da0a63f35f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_99aa95429ae9442399044db6f2" ON "coordination_issue_event" ("issue_id", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_event" (
                "id" BIGSERIAL NOT NULL,
                "project_id" uuid NOT NULL,
                "kind" character varying(24) NOT NULL,
                "actor_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "data" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_84a11a59920c5c503d1e4c23c08" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e9ee3db40445751ab09e8045e3" ON "project_event" ("project_id", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
                RENAME COLUMN "investment" TO "agreed_investment"
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "type" character varying(24) NOT NULL DEFAULT 'INDUSTRIALISATION'
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "stage_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "foreign_amount" numeric(18, 4)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "foreign_currency" character varying(3)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "lead_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "responsible_leader_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "responsible_unit_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "owner_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "carrier" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "land_area_mu" numeric(18, 4)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "floor_space_m2" numeric(18, 4)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "expected_output" numeric(18, 4)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "expected_tax" numeric(18, 4)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "expected_jobs" integer
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "confidential" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "code_name" character varying(100)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "signed_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "registered_company_name" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "registered_credit_code" character varying(18)
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "started_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "production_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "capacity_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "hold_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "drop_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "last_update_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "is_demo" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "search_tokens" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "search_text" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "created_on" date NOT NULL DEFAULT ('now'::text)::date
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "created_by" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "updated_by" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_857bdf571c2ea824446a04e5d7" ON "project" ("stage")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "project_lead_unique" ON "project" ("lead_id")
            WHERE lead_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_507b7410ba3afd967c6f35ba5d" ON "project" ("responsible_leader_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f95bc6b298972ab8ce333b7c30" ON "project" ("responsible_unit_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d40afe32d1d771bea7a5f46818" ON "project" ("owner_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_507b7410ba3afd967c6f35ba5dd" FOREIGN KEY ("responsible_leader_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_f95bc6b298972ab8ce333b7c307" FOREIGN KEY ("responsible_unit_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_d40afe32d1d771bea7a5f468185" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_1778afd0b8f381a6aa80b444519" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_d48f245072951eb8bfc93e1c2be" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_stage_log"
            ADD CONSTRAINT "FK_2a2388f46b6f5c65b15d7c53e12" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_stage_log"
            ADD CONSTRAINT "FK_afddc6844fbb32b24f675343517" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_funds"
            ADD CONSTRAINT "FK_423fa00b4d29a6fcc8d927f1c76" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_funds"
            ADD CONSTRAINT "FK_561ecc0d828e1ea7fe9d4c80044" FOREIGN KEY ("entered_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_milestone"
            ADD CONSTRAINT "FK_a111304a8272ba72e9c44eac47c" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_update"
            ADD CONSTRAINT "FK_feac70fd03c0bc1830773d2a2a6" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_update"
            ADD CONSTRAINT "FK_372cc080d4b0fd090713c742f92" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue"
            ADD CONSTRAINT "FK_a83b1cd688208af7eef578319af" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue"
            ADD CONSTRAINT "FK_0bc3754eaf3c37850b5610f2039" FOREIGN KEY ("from_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue"
            ADD CONSTRAINT "FK_216aa874c1df285bb93c171cb51" FOREIGN KEY ("raised_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue"
            ADD CONSTRAINT "FK_fc0f75ea0dbd2f492b7eb57e259" FOREIGN KEY ("closed_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue_event"
            ADD CONSTRAINT "FK_0cbc2c6681d79778a8e30d2b2cf" FOREIGN KEY ("issue_id") REFERENCES "coordination_issue"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue_event"
            ADD CONSTRAINT "FK_5908f691a189d854459651eb737" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_event"
            ADD CONSTRAINT "FK_1acd49947cf4fcdda4d10b5baf9" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_event"
            ADD CONSTRAINT "FK_b774bc5ad2a4b49563c8d5aafa3" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Substring search on the name (see searchIndex in the domain library), as for companies and leads.
        await queryRunner.query(`CREATE INDEX "project_search_tokens_gin" ON "project" USING GIN ("search_tokens")`);
        // The ledger's default order: its first page is read from the index.
        await queryRunner.query(`CREATE INDEX "project_ledger_order" ON "project" ("updated_at" DESC NULLS LAST, "created_at" DESC, "id")`);
        // Projects entered before: the day they were entered (district calendar), in their stage since then, the lead
        // they were converted from, and their name indexed for search.
        await queryRunner.query(`UPDATE "project" SET "created_on" = ("created_at" AT TIME ZONE 'Asia/Shanghai')::date, "updated_at" = "created_at"`);
        await queryRunner.query(`UPDATE "project" SET "stage_on" = "created_on"`);
        await queryRunner.query(`UPDATE "project" p SET "lead_id" = l."id" FROM "lead" l WHERE l."project_id" = p."id"`);
        const projects: Array<{ id: string; name: string }> = await queryRunner.query(`SELECT "id", "name" FROM "project"`);
        for (const p of projects) {
            const index = searchIndex(p.name);
            await queryRunner.query(`UPDATE "project" SET "search_tokens" = $2, "search_text" = $3 WHERE "id" = $1`, [p.id, index.searchTokens, index.searchText]);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "project_ledger_order"`);
        await queryRunner.query(`DROP INDEX "project_search_tokens_gin"`);
        await queryRunner.query(`
            ALTER TABLE "project_event" DROP CONSTRAINT "FK_b774bc5ad2a4b49563c8d5aafa3"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_event" DROP CONSTRAINT "FK_1acd49947cf4fcdda4d10b5baf9"
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue_event" DROP CONSTRAINT "FK_5908f691a189d854459651eb737"
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue_event" DROP CONSTRAINT "FK_0cbc2c6681d79778a8e30d2b2cf"
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue" DROP CONSTRAINT "FK_fc0f75ea0dbd2f492b7eb57e259"
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue" DROP CONSTRAINT "FK_216aa874c1df285bb93c171cb51"
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue" DROP CONSTRAINT "FK_0bc3754eaf3c37850b5610f2039"
        `);
        await queryRunner.query(`
            ALTER TABLE "coordination_issue" DROP CONSTRAINT "FK_a83b1cd688208af7eef578319af"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_update" DROP CONSTRAINT "FK_372cc080d4b0fd090713c742f92"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_update" DROP CONSTRAINT "FK_feac70fd03c0bc1830773d2a2a6"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_milestone" DROP CONSTRAINT "FK_a111304a8272ba72e9c44eac47c"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_funds" DROP CONSTRAINT "FK_561ecc0d828e1ea7fe9d4c80044"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_funds" DROP CONSTRAINT "FK_423fa00b4d29a6fcc8d927f1c76"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_stage_log" DROP CONSTRAINT "FK_afddc6844fbb32b24f675343517"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_stage_log" DROP CONSTRAINT "FK_2a2388f46b6f5c65b15d7c53e12"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_d48f245072951eb8bfc93e1c2be"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_1778afd0b8f381a6aa80b444519"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_d40afe32d1d771bea7a5f468185"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_f95bc6b298972ab8ce333b7c307"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_507b7410ba3afd967c6f35ba5dd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d40afe32d1d771bea7a5f46818"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f95bc6b298972ab8ce333b7c30"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_507b7410ba3afd967c6f35ba5d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."project_lead_unique"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_857bdf571c2ea824446a04e5d7"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "version"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "updated_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "updated_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "created_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "search_text"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "search_tokens"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "is_demo"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "last_update_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "drop_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "hold_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "capacity_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "production_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "started_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "registered_credit_code"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "registered_company_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "signed_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "code_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "confidential"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "expected_jobs"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "expected_tax"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "expected_output"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "floor_space_m2"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "land_area_mu"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "carrier"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "owner_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "responsible_unit_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "responsible_leader_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "lead_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "foreign_currency"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "foreign_amount"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "stage_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "type"
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
                RENAME COLUMN "agreed_investment" TO "investment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e9ee3db40445751ab09e8045e3"
        `);
        await queryRunner.query(`
            DROP TABLE "project_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_99aa95429ae9442399044db6f2"
        `);
        await queryRunner.query(`
            DROP TABLE "coordination_issue_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8491c8ad4de8e59f42cebe17f8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0bc3754eaf3c37850b5610f203"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a83b1cd688208af7eef578319a"
        `);
        await queryRunner.query(`
            DROP TABLE "coordination_issue"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fa07033aca6cf5ed14fdf85ede"
        `);
        await queryRunner.query(`
            DROP TABLE "project_update"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a111304a8272ba72e9c44eac47"
        `);
        await queryRunner.query(`
            DROP TABLE "project_milestone"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_423fa00b4d29a6fcc8d927f1c7"
        `);
        await queryRunner.query(`
            DROP TABLE "project_funds"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6ec8cc157ce4018a4e127c0835"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_04d2434e9daff68c3e49c866c2"
        `);
        await queryRunner.query(`
            DROP TABLE "project_stage_log"
        `);
    }

}
