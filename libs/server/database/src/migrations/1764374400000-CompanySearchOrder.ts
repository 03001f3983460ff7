import { MigrationInterface, QueryRunner } from "typeorm";

// Company search in index order: the folded name (exact and prefix matches) and the name order (shorter names first),
// so that a word found in nearly every name stops after the first page instead of ranking every match.
export class CompanySearchOrder1764374400000 implements MigrationInterface {
    name = 'CompanySearchOrder1764374400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "company_search_name" ON "company" ((split_part("search_text", E'\\n', 1) COLLATE "C"))`);
        await queryRunner.query(`CREATE INDEX "company_name_order" ON "company" (char_length("name"), ("name" COLLATE "C"), "id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "company_name_order"`);
        await queryRunner.query(`DROP INDEX "company_search_name"`);
    }

}
