import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Where each audited table's chain and owning record come from: the row's own chain column, or a parent row (the
 * parent table, the row's column pointing at it, and the parent's chain column). The owning record (record_type,
 * record_id) is the parent when there is one, so that a record's history takes in its children (a project's funds,
 * milestones, updates, issues, stage log, nodes). Tables left out: user_session (sign-in bookkeeping touched by every
 * request), project_event and coordination_issue_event (activity logs written beside the changes they describe),
 * seed_applied and migrations (the app's own bookkeeping).
 */
const AUDITED: Array<{ table: string; chain?: string; parent?: [table: string, column: string, chainColumn: string] }> = [
  { table: 'department' },
  { table: 'app_user' },
  { table: 'user_chain', chain: 'chain_id', parent: ['app_user', 'user_id', ''] },
  { table: 'saved_view', parent: ['app_user', 'user_id', ''] },
  { table: 'industry_chain', chain: 'id' },
  { table: 'chain_map', chain: 'chain_id' },
  { table: 'chain_segment', parent: ['chain_map', 'map_id', 'chain_id'] },
  { table: 'chain_edge', parent: ['chain_map', 'map_id', 'chain_id'] },
  { table: 'chain_target', chain: 'chain_id' },
  { table: 'policy_set', chain: 'chain_id' },
  { table: 'policy', parent: ['policy_set', 'policy_set_id', 'chain_id'] },
  { table: 'work_plan', chain: 'chain_id' },
  { table: 'work_plan_task', parent: ['work_plan', 'work_plan_id', 'chain_id'] },
  { table: 'company' },
  { table: 'company_list' },
  { table: 'company_tag', parent: ['company', 'company_id', ''] },
  { table: 'chain_node_company', parent: ['company', 'company_id', ''] },
  { table: 'prospect', parent: ['company', 'company_id', ''] },
  { table: 'lead', chain: 'chain_id' },
  { table: 'lead_chain_node', parent: ['lead', 'lead_id', 'chain_id'] },
  { table: 'interaction', parent: ['lead', 'lead_id', 'chain_id'] },
  { table: 'project', chain: 'chain_id' },
  { table: 'project_chain_node', parent: ['project', 'project_id', 'chain_id'] },
  { table: 'project_stage_log', parent: ['project', 'project_id', 'chain_id'] },
  { table: 'project_funds', parent: ['project', 'project_id', 'chain_id'] },
  { table: 'project_milestone', parent: ['project', 'project_id', 'chain_id'] },
  { table: 'project_update', parent: ['project', 'project_id', 'chain_id'] },
  { table: 'coordination_issue', parent: ['project', 'project_id', 'chain_id'] },
  { table: 'plan_indicator' },
  { table: 'indicator_actual', parent: ['plan_indicator', 'indicator_id', ''] },
  { table: 'ranking_entry' },
  { table: 'meeting' },
  { table: 'meeting_attendee', parent: ['meeting', 'meeting_id', ''] },
  { table: 'meeting_item', parent: ['meeting', 'meeting_id', ''] },
  { table: 'meeting_action', parent: ['meeting', 'meeting_id', ''] },
  { table: 'meeting_issue_closure', parent: ['meeting', 'meeting_id', ''] },
  { table: 'place_zone' },
  { table: 'place_building' },
  { table: 'land_parcel' },
  { table: 'land_total' },
  { table: 'app_setting' },
];

const SOFT_DELETED = ['company', 'lead', 'project'];

/**
 * The audit trail (audit_entry), written by a trigger on every audited table in the transaction of the change, with
 * the actor, operation, request and address the app sets for the transaction (set_config('chainboard.*', …, true)).
 * The trail refuses UPDATE, DELETE and TRUNCATE. Companies, leads and projects are soft-deleted (deleted_at, deleted_by).
 */
export class AuditTrail1765000000000 implements MigrationInterface {
    name = 'AuditTrail1765000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" bigint GENERATED ALWAYS AS IDENTITY,
                "at" timestamptz NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "operation" character varying(100),
                "action" character varying(10) NOT NULL,
                "entity_type" character varying(60) NOT NULL,
                "entity_id" character varying(200) NOT NULL,
                "record_type" character varying(60) NOT NULL,
                "record_id" character varying(200) NOT NULL,
                "chain_id" uuid,
                "before" jsonb,
                "after" jsonb,
                "request_id" character varying(100),
                "address" character varying(100),
                CONSTRAINT "PK_audit_entry" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "audit_entry_at" ON "audit_entry" ("at" DESC, "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "audit_entry_record" ON "audit_entry" ("record_type", "record_id", "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "audit_entry_entity" ON "audit_entry" ("entity_type", "entity_id", "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "audit_entry_actor" ON "audit_entry" ("actor_id", "id" DESC)`);

        // Field-level before/after: an insert keeps the new row, a delete the old one, an update only the fields that
        // changed (an update that changes only bookkeeping columns writes no entry). Search tokens, versions, update
        // stamps and stored documents are left out; a password hash is named as changed, never copied.
        await queryRunner.query(`
            CREATE FUNCTION "audit_row"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
                new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
                the_row jsonb := coalesce(new_row, old_row);
                ignored text[] := ARRAY['search_tokens', 'search_text', 'name_key', 'version', 'updated_at', 'minutes_docx', 'ledger_xlsx', 'frozen'];
                redacted text[] := ARRAY['password_hash'];
                chain_column text := TG_ARGV[0];
                parent_table text := TG_ARGV[1];
                parent_column text := TG_ARGV[2];
                parent_chain_column text := TG_ARGV[3];
                before_fields jsonb;
                after_fields jsonb;
                entity text;
                chain uuid;
                field text;
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    SELECT jsonb_object_agg(n.key, o.value), jsonb_object_agg(n.key, n.value) INTO before_fields, after_fields
                      FROM jsonb_each(new_row) n JOIN jsonb_each(old_row) o ON o.key = n.key
                     WHERE n.value IS DISTINCT FROM o.value AND NOT n.key = ANY (ignored);
                    IF before_fields IS NULL THEN
                        RETURN NULL;
                    END IF;
                ELSIF TG_OP = 'INSERT' THEN
                    after_fields := new_row - ignored;
                ELSE
                    before_fields := old_row - ignored;
                END IF;
                FOREACH field IN ARRAY redacted LOOP
                    IF before_fields ? field THEN before_fields := jsonb_set(before_fields, ARRAY[field], '"[redacted]"'); END IF;
                    IF after_fields ? field THEN after_fields := jsonb_set(after_fields, ARRAY[field], '"[redacted]"'); END IF;
                END LOOP;

                entity := coalesce(the_row->>'id', the_row->>'key', (SELECT string_agg(value, ':' ORDER BY key) FROM jsonb_each_text(the_row)));
                IF chain_column <> '' THEN
                    chain := (the_row->>chain_column)::uuid;
                ELSIF parent_chain_column <> '' AND the_row->>parent_column IS NOT NULL THEN
                    EXECUTE format('SELECT %I FROM %I WHERE id = $1', parent_chain_column, parent_table) INTO chain USING (the_row->>parent_column)::uuid;
                END IF;

                INSERT INTO audit_entry ("actor_id", "operation", "action", "entity_type", "entity_id", "record_type", "record_id", "chain_id", "before", "after", "request_id", "address")
                VALUES (
                    nullif(current_setting('chainboard.actor', true), '')::uuid,
                    nullif(current_setting('chainboard.operation', true), ''),
                    lower(TG_OP),
                    TG_TABLE_NAME,
                    entity,
                    CASE WHEN parent_table <> '' AND the_row->>parent_column IS NOT NULL THEN parent_table ELSE TG_TABLE_NAME END,
                    CASE WHEN parent_table <> '' AND the_row->>parent_column IS NOT NULL THEN the_row->>parent_column ELSE entity END,
                    chain,
                    before_fields,
                    after_fields,
                    nullif(current_setting('chainboard.request', true), ''),
                    nullif(current_setting('chainboard.address', true), '')
                );
                RETURN NULL;
            END
            $$
        `);
        for (const { table, chain, parent } of AUDITED) {
            const args = [chain ?? '', parent?.[0] ?? '', parent?.[1] ?? '', parent?.[2] ?? ''].map((a) => `'${a}'`).join(', ');
            await queryRunner.query(`CREATE TRIGGER "audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "audit_row"(${args})`);
        }

        // The trail is append-only: the database itself refuses to change or remove an entry.
        await queryRunner.query(`
            CREATE FUNCTION "audit_entry_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
        await queryRunner.query(`CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION "audit_entry_refuse"()`);
        await queryRunner.query(`CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_refuse"()`);

        for (const table of SOFT_DELETED) {
            await queryRunner.query(`ALTER TABLE "${table}" ADD "deleted_at" timestamptz`);
            await queryRunner.query(`ALTER TABLE "${table}" ADD "deleted_by" uuid`);
            await queryRunner.query(`CREATE INDEX "${table}_deleted" ON "${table}" ("deleted_at" DESC) WHERE "deleted_at" IS NOT NULL`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of SOFT_DELETED) {
            await queryRunner.query(`DROP INDEX "${table}_deleted"`);
            await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "deleted_by"`);
            await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "deleted_at"`);
        }
        for (const { table } of AUDITED) await queryRunner.query(`DROP TRIGGER "audit" ON "${table}"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP FUNCTION "audit_entry_refuse"()`);
        await queryRunner.query(`DROP FUNCTION "audit_row"()`);
    }

}
