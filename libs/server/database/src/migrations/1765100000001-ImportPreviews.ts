import { MigrationInterface, QueryRunner } from "typeorm";

// Import previews kept in the database (not one API process's memory) until they are confirmed or expire.
export class ImportPreviews1765100000001 implements MigrationInterface {
    name = 'ImportPreviews1765100000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "import_preview" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "file_name" character varying(200) NOT NULL, "preview" jsonb NOT NULL, "rows" jsonb NOT NULL, "mapping" jsonb NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_import_preview" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_import_preview_user" ON "import_preview" ("user_id")`);
        await queryRunner.query(`ALTER TABLE "import_preview" ADD CONSTRAINT "FK_import_preview_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "import_preview"`);
    }

}
