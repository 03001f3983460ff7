import { MigrationInterface, QueryRunner } from "typeorm";

// Saved column and value mappings of spreadsheet imports, per user and file layout.
export class ImportMappings1765100000000 implements MigrationInterface {
    name = 'ImportMappings1765100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "import_mapping" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "layout" text NOT NULL, "columns" jsonb NOT NULL, "values" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_import_mapping" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "import_mapping_layout" ON "import_mapping" ("user_id", "kind", "layout")`);
        await queryRunner.query(`ALTER TABLE "import_mapping" ADD CONSTRAINT "FK_import_mapping_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "import_mapping"`);
    }

}
