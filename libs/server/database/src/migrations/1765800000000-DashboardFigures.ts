import { MigrationInterface, QueryRunner } from "typeorm";

// The dashboard's and the ranking's figures read from narrow indexes instead of the project rows: the live projects'
// facts the counters, the lights and the issue counts need (an index-only scan, by chain or all), the SIGNED and
// DROPPED moves of the stage log, and each project's open milestones by date (the light's earliest late milestone).
export class DashboardFigures1765800000000 implements MigrationInterface {
    name = 'DashboardFigures1765800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "project_live_facts" ON "project" ("chain_id", "id") INCLUDE ("type", "stage", "agreed_investment", "is_demo", "created_on", "last_update_on") WHERE "deleted_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "project_stage_log_moves" ON "project_stage_log" ("to_stage", "project_id", "effective_on")`);
        await queryRunner.query(`CREATE INDEX "project_milestone_open" ON "project_milestone" ("project_id", "planned_on") WHERE "actual_on" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "project_milestone_open"`);
        await queryRunner.query(`DROP INDEX "project_stage_log_moves"`);
        await queryRunner.query(`DROP INDEX "project_live_facts"`);
    }

}
