import { MigrationInterface, QueryRunner } from "typeorm";

// Demo data (演示数据) flagged where it is stored: every table the seed's living demo writes to gets an is_demo flag
// (false for everything users enter), and a project keeps the names of its fields that are the plan's own facts
// (plan_fields), so that a plan-named project at an invented stage shows which of its figures the plan states.

const FLAGGED = [
    "company",
    "lead",
    "interaction",
    "prospect",
    "project_stage_log",
    "project_funds",
    "project_milestone",
    "project_update",
    "coordination_issue",
    "coordination_issue_event",
    "project_event",
];

export class DemoData1764547200000 implements MigrationInterface {
    name = 'DemoData1764547200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const table of FLAGGED) {
            await queryRunner.query(`ALTER TABLE "${table}" ADD "is_demo" boolean NOT NULL DEFAULT false`);
        }
        await queryRunner.query(`ALTER TABLE "project" ADD "plan_fields" text array NOT NULL DEFAULT '{}'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "plan_fields"`);
        for (const table of [...FLAGGED].reverse()) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "is_demo"`);
        }
    }

}
