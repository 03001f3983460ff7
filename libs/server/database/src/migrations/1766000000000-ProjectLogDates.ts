import { MigrationInterface, QueryRunner } from "typeorm";

const IGNORED = `ARRAY['search_tokens', 'search_text', 'name_key', 'version', 'updated_at', 'minutes_docx', 'ledger_xlsx', 'frozen']`;
const IGNORED_WITH_LOG_DATES = `ARRAY['search_tokens', 'search_text', 'name_key', 'version', 'updated_at', 'minutes_docx', 'ledger_xlsx', 'frozen', 'log_signed_on', 'log_dropped_on']`;

/**
 * Each project's first SIGNED and first DROPPED effective dates of its stage log, kept on the project row
 * (log_signed_on, log_dropped_on) so that the plan's counters read one narrow index instead of grouping the log on
 * every dashboard and ranking request. The database keeps them: statement-level triggers on project_stage_log
 * recompute the dates of the projects whose SIGNED or DROPPED moves a statement inserted, changed or removed, whoever
 * wrote them (a stage move, an import, a seed). They are derived bookkeeping, so the audit functions leave them out
 * like the other bookkeeping columns (an entry never says that only they changed).
 */
export class ProjectLogDates1766000000000 implements MigrationInterface {
    name = 'ProjectLogDates1766000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await this.setIgnored(queryRunner, IGNORED, IGNORED_WITH_LOG_DATES);
        await queryRunner.query(`ALTER TABLE "project" ADD "log_signed_on" date, ADD "log_dropped_on" date`);
        await queryRunner.query(`
            UPDATE "project" p SET "log_signed_on" = s.signed_on, "log_dropped_on" = s.dropped_on
              FROM (SELECT l.project_id, min(l.effective_on) FILTER (WHERE l.to_stage = 'SIGNED') AS signed_on, min(l.effective_on) FILTER (WHERE l.to_stage = 'DROPPED') AS dropped_on
                      FROM "project_stage_log" l WHERE l.to_stage IN ('SIGNED', 'DROPPED') GROUP BY l.project_id) s
             WHERE s.project_id = p.id
        `);
        await queryRunner.query(`
            CREATE FUNCTION "project_log_dates"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                ids uuid[];
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    SELECT array_agg(DISTINCT n.project_id) INTO ids FROM new_rows n WHERE n.to_stage IN ('SIGNED', 'DROPPED');
                ELSIF TG_OP = 'DELETE' THEN
                    SELECT array_agg(DISTINCT o.project_id) INTO ids FROM old_rows o WHERE o.to_stage IN ('SIGNED', 'DROPPED');
                ELSE
                    SELECT array_agg(DISTINCT x.project_id) INTO ids
                      FROM (SELECT n.project_id FROM new_rows n WHERE n.to_stage IN ('SIGNED', 'DROPPED')
                            UNION SELECT o.project_id FROM old_rows o WHERE o.to_stage IN ('SIGNED', 'DROPPED')) x;
                END IF;
                IF ids IS NULL THEN
                    RETURN NULL;
                END IF;
                UPDATE "project" p SET "log_signed_on" = d.signed_on, "log_dropped_on" = d.dropped_on
                  FROM (SELECT i.id,
                               (SELECT min(l.effective_on) FROM "project_stage_log" l WHERE l.to_stage = 'SIGNED' AND l.project_id = i.id) AS signed_on,
                               (SELECT min(l.effective_on) FROM "project_stage_log" l WHERE l.to_stage = 'DROPPED' AND l.project_id = i.id) AS dropped_on
                          FROM unnest(ids) AS i(id)) d
                 WHERE p.id = d.id AND (p."log_signed_on" IS DISTINCT FROM d.signed_on OR p."log_dropped_on" IS DISTINCT FROM d.dropped_on);
                RETURN NULL;
            END
            $$
        `);
        await queryRunner.query(`CREATE TRIGGER "project_log_dates_insert" AFTER INSERT ON "project_stage_log" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "project_log_dates"()`);
        await queryRunner.query(`CREATE TRIGGER "project_log_dates_update" AFTER UPDATE ON "project_stage_log" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "project_log_dates"()`);
        await queryRunner.query(`CREATE TRIGGER "project_log_dates_delete" AFTER DELETE ON "project_stage_log" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "project_log_dates"()`);
        // The live projects' facts the counters read, now with the two dates (an index-only scan of the signed ones).
        await queryRunner.query(`DROP INDEX "project_live_facts"`);
        await queryRunner.query(`CREATE INDEX "project_live_facts" ON "project" ("chain_id", "id") INCLUDE ("type", "stage", "agreed_investment", "is_demo", "created_on", "last_update_on", "log_signed_on", "log_dropped_on") WHERE "deleted_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "project_live_facts"`);
        await queryRunner.query(`CREATE INDEX "project_live_facts" ON "project" ("chain_id", "id") INCLUDE ("type", "stage", "agreed_investment", "is_demo", "created_on", "last_update_on") WHERE "deleted_at" IS NULL`);
        await queryRunner.query(`DROP TRIGGER "project_log_dates_delete" ON "project_stage_log"`);
        await queryRunner.query(`DROP TRIGGER "project_log_dates_update" ON "project_stage_log"`);
        await queryRunner.query(`DROP TRIGGER "project_log_dates_insert" ON "project_stage_log"`);
        await queryRunner.query(`DROP FUNCTION "project_log_dates"()`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "log_dropped_on", DROP COLUMN "log_signed_on"`);
        await this.setIgnored(queryRunner, IGNORED_WITH_LOG_DATES, IGNORED);
    }

    /** Rewrites the bookkeeping columns the two audit functions leave out, in their definitions as they stand. */
    private async setIgnored(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
        for (const fn of ['audit_row', 'audit_inserted_rows']) {
            const [{ def }]: Array<{ def: string }> = await queryRunner.query(`SELECT pg_get_functiondef('"${fn}"'::regproc) AS def`);
            if (!def.includes(from)) throw new Error(`${fn} does not hold the expected list of ignored columns`);
            await queryRunner.query(def.replace(from, to));
        }
    }

}
