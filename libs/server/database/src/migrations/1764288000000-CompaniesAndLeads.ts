import { MigrationInterface, QueryRunner } from "typeorm";

// Companies with lists and tags, leads with contacts and prospects, settings and saved views; search tokens.
export class CompaniesAndLeads1764288000000 implements MigrationInterface {
    name = 'CompaniesAndLeads1764288000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "saved_view" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "table_key" character varying(40) NOT NULL,
                "name" character varying(100) NOT NULL,
                "settings" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "saved_view_name" UNIQUE ("user_id", "table_key", "name"),
                CONSTRAINT "PK_be317311b88c1a5e47ad6c19081" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a4f6e744d10328531935abd85a" ON "saved_view" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "app_setting" (
                "key" character varying(100) NOT NULL,
                "value" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0d66bfb0d9f93124a4549d21af0" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "company_list" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "category" character varying(24) NOT NULL,
                "level" character varying(16),
                "publisher" character varying(200),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_98506dbb750cf42ad02debd292b" UNIQUE ("name"),
                CONSTRAINT "PK_79b172be1505fa8dd339b57743b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "company_tag" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "company_id" uuid NOT NULL,
                "list_id" uuid NOT NULL,
                "year" integer NOT NULL,
                CONSTRAINT "company_tag_once" UNIQUE ("company_id", "list_id", "year"),
                CONSTRAINT "PK_f2b9939fa29a204ec370a10d2df" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_856f83cb49f24362ba4c5c7269" ON "company_tag" ("company_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dcc96351c96af2704c301f97b0" ON "company_tag" ("list_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interaction" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "company_id" uuid NOT NULL,
                "lead_id" uuid,
                "type" character varying(16) NOT NULL,
                "occurred_on" date NOT NULL,
                "our_people" text NOT NULL DEFAULT '',
                "their_people" text NOT NULL DEFAULT '',
                "summary" text NOT NULL,
                "outcome" text NOT NULL DEFAULT '',
                "next_step" text NOT NULL DEFAULT '',
                "created_by_id" uuid,
                "search_tokens" text array NOT NULL DEFAULT '{}',
                "search_text" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9204371ccb2c9dab5428b406413" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e0e8ce7d69cadee73cd83960b8" ON "interaction" ("company_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1f26581b794bb7084f26ecb323" ON "interaction" ("lead_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "prospect" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "segment_id" uuid NOT NULL,
                "company_id" uuid NOT NULL,
                "priority" character varying(8) NOT NULL DEFAULT 'MEDIUM',
                "assignee_id" uuid,
                "reason" text NOT NULL DEFAULT '',
                "lead_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "prospect_once_per_node" UNIQUE ("segment_id", "company_id"),
                CONSTRAINT "PK_e2da68126884e562b84d74d7d09" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5f4eb3bad48caf85de06bc7263" ON "prospect" ("segment_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_419b621585c112425893727735" ON "prospect" ("company_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "english_name" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "aliases" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "province" character varying(50)
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "city" character varying(50)
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "headquarters" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "is_listed" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "name_key" character varying(200) NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "search_tokens" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "search_text" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "source" character varying(24) NOT NULL DEFAULT 'OTHER'
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "owner_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "close_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "intended_investment" numeric(18, 4)
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "next_action" text
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "next_action_due" date
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "confidential" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "code_name" character varying(100)
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "project_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "first_contact_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "assessed_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "last_contact_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "created_on" date NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "search_tokens" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "search_text" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9a6c413017ae566acb7e76eca1" ON "company" ("name_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_43f24c81a2270708d91d8176a7" ON "lead" ("owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b45c57117fc8bbf5829bb917a7" ON "lead" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_558922a674fffaf3158e8f7ab3" ON "lead" ("next_action_due")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_074896a250ddb103c3f3c282f7" ON "lead" ("last_contact_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "saved_view"
            ADD CONSTRAINT "FK_a4f6e744d10328531935abd85a8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "company_tag"
            ADD CONSTRAINT "FK_856f83cb49f24362ba4c5c72695" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "company_tag"
            ADD CONSTRAINT "FK_dcc96351c96af2704c301f97b02" FOREIGN KEY ("list_id") REFERENCES "company_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD CONSTRAINT "FK_43f24c81a2270708d91d8176a7b" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ADD CONSTRAINT "FK_e0e8ce7d69cadee73cd83960b87" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ADD CONSTRAINT "FK_1f26581b794bb7084f26ecb323d" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ADD CONSTRAINT "FK_bcdc5d0c23fbe9961bf19b57848" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "prospect"
            ADD CONSTRAINT "FK_5f4eb3bad48caf85de06bc72633" FOREIGN KEY ("segment_id") REFERENCES "chain_segment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "prospect"
            ADD CONSTRAINT "FK_419b621585c112425893727735f" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "prospect"
            ADD CONSTRAINT "FK_03a7cf671f0fb3a6de82027be43" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "prospect"
            ADD CONSTRAINT "FK_657ee095424ed2da20d233cbd35" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Substring search: GIN indexes over the unigram and bigram tokens (see searchTokens in the domain library).
        await queryRunner.query(`CREATE INDEX "company_search_tokens_gin" ON "company" USING GIN ("search_tokens")`);
        await queryRunner.query(`CREATE INDEX "lead_search_tokens_gin" ON "lead" USING GIN ("search_tokens")`);
        await queryRunner.query(`CREATE INDEX "interaction_search_tokens_gin" ON "interaction" USING GIN ("search_tokens")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "interaction_search_tokens_gin"`);
        await queryRunner.query(`DROP INDEX "lead_search_tokens_gin"`);
        await queryRunner.query(`DROP INDEX "company_search_tokens_gin"`);
        await queryRunner.query(`
            ALTER TABLE "prospect" DROP CONSTRAINT "FK_657ee095424ed2da20d233cbd35"
        `);
        await queryRunner.query(`
            ALTER TABLE "prospect" DROP CONSTRAINT "FK_03a7cf671f0fb3a6de82027be43"
        `);
        await queryRunner.query(`
            ALTER TABLE "prospect" DROP CONSTRAINT "FK_419b621585c112425893727735f"
        `);
        await queryRunner.query(`
            ALTER TABLE "prospect" DROP CONSTRAINT "FK_5f4eb3bad48caf85de06bc72633"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction" DROP CONSTRAINT "FK_bcdc5d0c23fbe9961bf19b57848"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction" DROP CONSTRAINT "FK_1f26581b794bb7084f26ecb323d"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction" DROP CONSTRAINT "FK_e0e8ce7d69cadee73cd83960b87"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP CONSTRAINT "FK_43f24c81a2270708d91d8176a7b"
        `);
        await queryRunner.query(`
            ALTER TABLE "company_tag" DROP CONSTRAINT "FK_dcc96351c96af2704c301f97b02"
        `);
        await queryRunner.query(`
            ALTER TABLE "company_tag" DROP CONSTRAINT "FK_856f83cb49f24362ba4c5c72695"
        `);
        await queryRunner.query(`
            ALTER TABLE "saved_view" DROP CONSTRAINT "FK_a4f6e744d10328531935abd85a8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_074896a250ddb103c3f3c282f7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_558922a674fffaf3158e8f7ab3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b45c57117fc8bbf5829bb917a7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_43f24c81a2270708d91d8176a7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9a6c413017ae566acb7e76eca1"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "version"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "updated_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "search_text"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "search_tokens"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "created_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "last_contact_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "assessed_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "first_contact_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "project_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "code_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "confidential"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "next_action_due"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "next_action"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "intended_investment"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "close_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "owner_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "source"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "version"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "search_text"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "search_tokens"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "name_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "is_listed"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "headquarters"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "city"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "province"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "aliases"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "english_name"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_419b621585c112425893727735"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5f4eb3bad48caf85de06bc7263"
        `);
        await queryRunner.query(`
            DROP TABLE "prospect"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1f26581b794bb7084f26ecb323"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e0e8ce7d69cadee73cd83960b8"
        `);
        await queryRunner.query(`
            DROP TABLE "interaction"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dcc96351c96af2704c301f97b0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_856f83cb49f24362ba4c5c7269"
        `);
        await queryRunner.query(`
            DROP TABLE "company_tag"
        `);
        await queryRunner.query(`
            DROP TABLE "company_list"
        `);
        await queryRunner.query(`
            DROP TABLE "app_setting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a4f6e744d10328531935abd85a"
        `);
        await queryRunner.query(`
            DROP TABLE "saved_view"
        `);
    }

}
