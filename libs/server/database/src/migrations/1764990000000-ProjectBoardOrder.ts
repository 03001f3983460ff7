import { MigrationInterface, QueryRunner } from "typeorm";

// The kanban's first cards of each stage read from an index, in the board's order within a stage.
export class ProjectBoardOrder1764990000000 implements MigrationInterface {
    name = 'ProjectBoardOrder1764990000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "project_board_order" ON "project" ("stage", "stage_on" DESC NULLS LAST, "updated_at" DESC, "id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "project_board_order"`);
    }

}
