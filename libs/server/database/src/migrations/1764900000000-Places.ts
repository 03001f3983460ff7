import { MigrationInterface, QueryRunner } from "typeorm";

// The district's places (zones, buildings, land parcels, the plan's land totals) and a project's carrier among them.

export class Places1764900000000 implements MigrationInterface {
    name = 'Places1764900000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "place_zone" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(60) NOT NULL,
                "name" character varying(100) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "parent_id" uuid,
                "description" text NOT NULL DEFAULT '',
                "chain_codes" character varying(40) array NOT NULL DEFAULT '{}',
                "floor_area_m2" numeric(18, 4),
                "investment" numeric(18, 4),
                "sort_order" integer NOT NULL DEFAULT '0',
                CONSTRAINT "UQ_971a62cde71ab144243872223e9" UNIQUE ("code"),
                CONSTRAINT "PK_88035bca0d60ed1170db18c9337" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "place_building" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "zone_id" uuid,
                "description" text NOT NULL DEFAULT '',
                "floor_area_m2" numeric(18, 4),
                "vacant_area_m2" numeric(18, 4),
                "featured_industry" character varying(100) NOT NULL DEFAULT '',
                "chain_codes" character varying(40) array NOT NULL DEFAULT '{}',
                "recognition" character varying(16),
                "work" character varying(8),
                "work_completed_on" date,
                "is_demo" boolean NOT NULL DEFAULT false,
                "sort_order" integer NOT NULL DEFAULT '0',
                CONSTRAINT "UQ_fcd85ccb0df79ce23002ef65e8d" UNIQUE ("name"),
                CONSTRAINT "PK_39d33d6bcbe08c32bfa929325fd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_44bcdacc94058efa9a9155dd52" ON "place_building" ("zone_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "land_parcel" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(60) NOT NULL,
                "name" character varying(100) NOT NULL,
                "zone_id" uuid,
                "area_mu" numeric(18, 4) NOT NULL,
                "condition" character varying(16) NOT NULL,
                "path" character varying(24),
                "status" character varying(16) NOT NULL,
                "chain_codes" character varying(40) array NOT NULL DEFAULT '{}',
                "identified_on" date,
                "revitalised_on" date,
                "is_demo" boolean NOT NULL DEFAULT false,
                CONSTRAINT "UQ_bb15ee9a6d281941cd8316b27f1" UNIQUE ("code"),
                CONSTRAINT "PK_cb3fa862ac5fdb32774980aa55f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b60f4d7b29f7fc247435eae28c" ON "land_parcel" ("zone_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "land_total" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "scope" character varying(24) NOT NULL,
                "parcels" integer NOT NULL,
                "area_mu" numeric(18, 4),
                "year" integer NOT NULL,
                "quote" text NOT NULL DEFAULT '',
                CONSTRAINT "UQ_921065ad7996f9f58e2ff49e047" UNIQUE ("scope"),
                CONSTRAINT "PK_bb78159640c1d18d46696389d79" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "carrier_zone_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "carrier_building_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD "carrier_parcel_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "place_zone"
            ADD CONSTRAINT "FK_95a45ca03d32c26922b98798d29" FOREIGN KEY ("parent_id") REFERENCES "place_zone"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "place_building"
            ADD CONSTRAINT "FK_44bcdacc94058efa9a9155dd52f" FOREIGN KEY ("zone_id") REFERENCES "place_zone"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "land_parcel"
            ADD CONSTRAINT "FK_b60f4d7b29f7fc247435eae28c8" FOREIGN KEY ("zone_id") REFERENCES "place_zone"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "land_parcel" DROP CONSTRAINT "FK_b60f4d7b29f7fc247435eae28c8"
        `);
        await queryRunner.query(`
            ALTER TABLE "place_building" DROP CONSTRAINT "FK_44bcdacc94058efa9a9155dd52f"
        `);
        await queryRunner.query(`
            ALTER TABLE "place_zone" DROP CONSTRAINT "FK_95a45ca03d32c26922b98798d29"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "carrier_parcel_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "carrier_building_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "carrier_zone_id"
        `);
        await queryRunner.query(`
            DROP TABLE "land_total"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b60f4d7b29f7fc247435eae28c"
        `);
        await queryRunner.query(`
            DROP TABLE "land_parcel"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_44bcdacc94058efa9a9155dd52"
        `);
        await queryRunner.query(`
            DROP TABLE "place_building"
        `);
        await queryRunner.query(`
            DROP TABLE "place_zone"
        `);
    }

}
