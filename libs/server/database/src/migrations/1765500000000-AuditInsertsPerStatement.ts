import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail's inserts written once per statement: the row-level trigger ran a PL/pgSQL function per inserted row
 * (about 130 µs a row, the bulk of an import of 100,000 rows). Each audited table now has two triggers: "audit", row
 * level, for updates and deletes, as before; and "audit_insert", statement level, which writes the entries of all the
 * rows a statement inserted from its transition table in one INSERT … SELECT. The entries are the same as the
 * row-level function writes: the new row without the bookkeeping columns, the password hash redacted, the entity's id
 * (or key, or its values joined), the owning record (the parent when there is one) and the chain (the row's column or
 * the parent's). The audited tables and their arguments are read from the triggers in place.
 */
export class AuditInsertsPerStatement1765500000000 implements MigrationInterface {
    name = 'AuditInsertsPerStatement1765500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION "audit_inserted_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                ignored text[] := ARRAY['search_tokens', 'search_text', 'name_key', 'version', 'updated_at', 'minutes_docx', 'ledger_xlsx', 'frozen'];
                chain_column text := TG_ARGV[0];
                parent_table text := TG_ARGV[1];
                parent_column text := TG_ARGV[2];
                parent_chain_column text := TG_ARGV[3];
                has_parent text;
                chain_sql text := 'NULL::uuid';
            BEGIN
                has_parent := CASE WHEN parent_table <> '' THEN format('r.j->>%L IS NOT NULL', parent_column) ELSE 'false' END;
                IF chain_column <> '' THEN
                    chain_sql := format('(r.j->>%L)::uuid', chain_column);
                ELSIF parent_chain_column <> '' THEN
                    chain_sql := format('(SELECT p.%I FROM %I p WHERE p.id = (r.j->>%L)::uuid)', parent_chain_column, parent_table, parent_column);
                END IF;
                EXECUTE format($sql$
                    INSERT INTO audit_entry ("actor_id", "operation", "action", "entity_type", "entity_id", "record_type", "record_id", "chain_id", "before", "after", "request_id", "address")
                    SELECT nullif(current_setting('chainboard.actor', true), '')::uuid,
                           nullif(current_setting('chainboard.operation', true), ''),
                           'insert',
                           %L,
                           e.entity,
                           CASE WHEN %s THEN %L ELSE %L END,
                           CASE WHEN %s THEN r.j->>%L ELSE e.entity END,
                           %s,
                           NULL,
                           CASE WHEN r.j ? 'password_hash' THEN jsonb_set(r.j - $1, '{password_hash}', '"[redacted]"') ELSE r.j - $1 END,
                           nullif(current_setting('chainboard.request', true), ''),
                           nullif(current_setting('chainboard.address', true), '')
                      FROM (SELECT to_jsonb(n) AS j FROM new_rows n) r
                      CROSS JOIN LATERAL (SELECT coalesce(r.j->>'id', r.j->>'key', (SELECT string_agg(value, ':' ORDER BY key) FROM jsonb_each_text(r.j))) AS entity) e
                $sql$, TG_TABLE_NAME, has_parent, parent_table, TG_TABLE_NAME, has_parent, parent_column, chain_sql) USING ignored;
                RETURN NULL;
            END
            $$
        `);
        for (const { table, args } of await this.audited(queryRunner)) {
            await queryRunner.query(`DROP TRIGGER "audit" ON "${table}"`);
            await queryRunner.query(`CREATE TRIGGER "audit" AFTER UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "audit_row"(${args})`);
            await queryRunner.query(
                `CREATE TRIGGER "audit_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "audit_inserted_rows"(${args})`,
            );
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const { table, args } of await this.audited(queryRunner)) {
            await queryRunner.query(`DROP TRIGGER "audit_insert" ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER "audit" ON "${table}"`);
            await queryRunner.query(`CREATE TRIGGER "audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "audit_row"(${args})`);
        }
        await queryRunner.query(`DROP FUNCTION "audit_inserted_rows"()`);
    }

    /** The tables the audit trigger watches, each with its trigger's four arguments as SQL literals. */
    private async audited(queryRunner: QueryRunner): Promise<Array<{ table: string; args: string }>> {
        const rows: Array<{ table: string; args: string }> = await queryRunner.query(`
            SELECT c.relname AS "table", encode(t.tgargs, 'escape') AS args
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
             WHERE t.tgname = 'audit' AND p.proname = 'audit_row' AND NOT t.tgisinternal
             ORDER BY c.relname
        `);
        return rows.map(({ table, args }) => ({
            table,
            args: args.split('\\000').slice(0, 4).map((a) => `'${a.replace(/'/g, "''")}'`).join(', '),
        }));
    }

}
