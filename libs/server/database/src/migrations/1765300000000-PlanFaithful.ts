import { MigrationInterface, QueryRunner } from "typeorm";

// The plan, faithfully: work-plan tasks whose owner, due date and status were invented are flagged as demo data, and a
// chain-map node says whether its status rests on the plan's words or on an editor's judgement (every status so far
// is a judgement until the seed's mend marks the plan's).
export class PlanFaithful1765300000000 implements MigrationInterface {
    name = 'PlanFaithful1765300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "work_plan_task" ADD "is_demo" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "chain_segment" ADD "status_source" character varying(16) NOT NULL DEFAULT 'JUDGEMENT'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "chain_segment" DROP COLUMN "status_source"`);
        await queryRunner.query(`ALTER TABLE "work_plan_task" DROP COLUMN "is_demo"`);
    }

}
