import { MigrationInterface, QueryRunner } from "typeorm";

// The foundation: users and departments, and the industry chains with their five ones.
export class Foundation1764115200000 implements MigrationInterface {
    name = 'Foundation1764115200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "department" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "short_name" character varying(40),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_471da4b90e96c1ebe0af221e07b" UNIQUE ("name"),
                CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "username" character varying(60) NOT NULL,
                "display_name" character varying(100) NOT NULL,
                "password_hash" character varying(255) NOT NULL,
                "role" character varying(32) NOT NULL,
                "department_id" uuid,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "chain_segment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "map_id" uuid NOT NULL,
                "parent_id" uuid,
                "name" character varying(100) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "sort_order" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_d5a1298eb9dd19ad6de2d0eaca4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5bb1a4bb822124ceb2421b16b9" ON "chain_segment" ("map_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6080c9f1423afd99436370e546" ON "chain_segment" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "chain_map" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "chain_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                CONSTRAINT "REL_9f0afc49687689051ba754fe2c" UNIQUE ("chain_id"),
                CONSTRAINT "PK_a0524183c3b39c892a0a8129d9a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "chain_target" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "chain_id" uuid NOT NULL,
                "metric" character varying(100) NOT NULL,
                "comparator" character varying(8) NOT NULL,
                "value" numeric(18, 4) NOT NULL,
                "unit" character varying(16) NOT NULL,
                "year" integer NOT NULL,
                "baseline_year" integer,
                "baseline_value" numeric(18, 4),
                "quote" text NOT NULL DEFAULT '',
                "sort_order" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_fec6838bcaf345c700071f730bc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f75c4277e0104821aa773396e0" ON "chain_target" ("chain_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "policy" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "policy_set_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "document_number" character varying(100) NOT NULL DEFAULT '',
                "issuer" character varying(200) NOT NULL DEFAULT '',
                "summary" text NOT NULL DEFAULT '',
                "valid_from" date,
                "valid_to" date,
                "is_demo" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "policy_valid_range" CHECK (
                    "valid_to" IS NULL
                    OR "valid_from" IS NULL
                    OR "valid_to" >= "valid_from"
                ),
                CONSTRAINT "PK_9917b0c5e4286703cc656b1d39f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_16b7da37ef861a1f21f8333177" ON "policy" ("policy_set_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "policy_set" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "chain_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                CONSTRAINT "REL_35c33343b19f4d096288ffc93b" UNIQUE ("chain_id"),
                CONSTRAINT "PK_993b4489bdc6e1c76b21b7205ea" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "work_plan_task" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "work_plan_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "owner_department_id" uuid,
                "due_date" date,
                "status" character varying(16) NOT NULL DEFAULT 'TODO',
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "sort_order" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1af6ab2973cb50b1a065d612388" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e613bb0ff13deb727ee335f680" ON "work_plan_task" ("work_plan_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "work_plan" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "chain_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                CONSTRAINT "REL_97ec2a7f738dde275212216411" UNIQUE ("chain_id"),
                CONSTRAINT "PK_a874dc31923adb2c0c81f427b31" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "industry_chain" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(40) NOT NULL,
                "name" character varying(100) NOT NULL,
                "track" character varying(32) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "sort_order" integer NOT NULL DEFAULT '0',
                "leader_id" uuid NOT NULL,
                "lead_department_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_30e7534ed2afe0ae71b76a70961" UNIQUE ("code"),
                CONSTRAINT "UQ_ffa014a04c15961a59aa92c0a1b" UNIQUE ("name"),
                CONSTRAINT "PK_5ffe616b915a3823c6676d0cdce" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD CONSTRAINT "FK_5bb1a4bb822124ceb2421b16b94" FOREIGN KEY ("map_id") REFERENCES "chain_map"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD CONSTRAINT "FK_6080c9f1423afd99436370e5464" FOREIGN KEY ("parent_id") REFERENCES "chain_segment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_map"
            ADD CONSTRAINT "FK_9f0afc49687689051ba754fe2ce" FOREIGN KEY ("chain_id") REFERENCES "industry_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_target"
            ADD CONSTRAINT "FK_f75c4277e0104821aa773396e0a" FOREIGN KEY ("chain_id") REFERENCES "industry_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "policy"
            ADD CONSTRAINT "FK_16b7da37ef861a1f21f83331775" FOREIGN KEY ("policy_set_id") REFERENCES "policy_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "policy_set"
            ADD CONSTRAINT "FK_35c33343b19f4d096288ffc93b3" FOREIGN KEY ("chain_id") REFERENCES "industry_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "work_plan_task"
            ADD CONSTRAINT "FK_e613bb0ff13deb727ee335f6803" FOREIGN KEY ("work_plan_id") REFERENCES "work_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "work_plan_task"
            ADD CONSTRAINT "FK_79ca7bbd66cdb677163cc060198" FOREIGN KEY ("owner_department_id") REFERENCES "department"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "work_plan"
            ADD CONSTRAINT "FK_97ec2a7f738dde275212216411a" FOREIGN KEY ("chain_id") REFERENCES "industry_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "industry_chain"
            ADD CONSTRAINT "FK_996e5e88ba328deb63fab58c1b1" FOREIGN KEY ("leader_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "industry_chain"
            ADD CONSTRAINT "FK_046a5ae50a593a76a3d49a43286" FOREIGN KEY ("lead_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "industry_chain" DROP CONSTRAINT "FK_046a5ae50a593a76a3d49a43286"
        `);
        await queryRunner.query(`
            ALTER TABLE "industry_chain" DROP CONSTRAINT "FK_996e5e88ba328deb63fab58c1b1"
        `);
        await queryRunner.query(`
            ALTER TABLE "work_plan" DROP CONSTRAINT "FK_97ec2a7f738dde275212216411a"
        `);
        await queryRunner.query(`
            ALTER TABLE "work_plan_task" DROP CONSTRAINT "FK_79ca7bbd66cdb677163cc060198"
        `);
        await queryRunner.query(`
            ALTER TABLE "work_plan_task" DROP CONSTRAINT "FK_e613bb0ff13deb727ee335f6803"
        `);
        await queryRunner.query(`
            ALTER TABLE "policy_set" DROP CONSTRAINT "FK_35c33343b19f4d096288ffc93b3"
        `);
        await queryRunner.query(`
            ALTER TABLE "policy" DROP CONSTRAINT "FK_16b7da37ef861a1f21f83331775"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_target" DROP CONSTRAINT "FK_f75c4277e0104821aa773396e0a"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_map" DROP CONSTRAINT "FK_9f0afc49687689051ba754fe2ce"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP CONSTRAINT "FK_6080c9f1423afd99436370e5464"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP CONSTRAINT "FK_5bb1a4bb822124ceb2421b16b94"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320"
        `);
        await queryRunner.query(`
            DROP TABLE "industry_chain"
        `);
        await queryRunner.query(`
            DROP TABLE "work_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e613bb0ff13deb727ee335f680"
        `);
        await queryRunner.query(`
            DROP TABLE "work_plan_task"
        `);
        await queryRunner.query(`
            DROP TABLE "policy_set"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_16b7da37ef861a1f21f8333177"
        `);
        await queryRunner.query(`
            DROP TABLE "policy"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f75c4277e0104821aa773396e0"
        `);
        await queryRunner.query(`
            DROP TABLE "chain_target"
        `);
        await queryRunner.query(`
            DROP TABLE "chain_map"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6080c9f1423afd99436370e546"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5bb1a4bb822124ceb2421b16b9"
        `);
        await queryRunner.query(`
            DROP TABLE "chain_segment"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            DROP TABLE "department"
        `);
    }

}
