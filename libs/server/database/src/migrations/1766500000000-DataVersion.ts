import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The data version: a number that grows by one with every transaction that commits a change to the app's data, read
 * with each request's session, so that an answer computed at one version can be given again while the version is
 * unchanged (cached reads). The number and the data become visible together, in the committing transaction:
 * - every data table has a statement trigger that marks its transaction as changing data, once per transaction (a
 *   transaction-local setting guards it, so a bulk import pays one insert, not one per statement);
 * - the mark is a row in `data_version_pending`, whose deferred constraint trigger adds one to `data_version` when the
 *   transaction commits, and removes the mark. The counter is 16 rows and a transaction adds to the one its id picks:
 *   a row is locked from that last moment of a commit to its end (the WAL flush included), so with one row every
 *   commit would wait for the one before it and PostgreSQL could not flush several commits together. The version
 *   is the sum of the rows: it grows with every commit, whichever row took it.
 * Left out: the migrations table, sessions (a session's last-seen time is written as it is used; a session's validity
 * is read with every request anyway) and import previews (a preview is its importer's scratch space, read by no
 * cached read). Tables added later need the trigger too (a test checks every table).
 */
export class DataVersion1766500000000 implements MigrationInterface {
    name = 'DataVersion1766500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "data_version" ("id" smallint PRIMARY KEY CHECK ("id" BETWEEN 0 AND 15), "n" bigint NOT NULL)`);
        await queryRunner.query(`INSERT INTO "data_version" ("id", "n") SELECT i, 0 FROM generate_series(0, 15) i`);
        await queryRunner.query(`CREATE TABLE "data_version_pending" ("txid" xid8 PRIMARY KEY)`);
        await queryRunner.query(`
            CREATE FUNCTION data_version_mark() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF current_setting('chainboard.data_changed', true) IS DISTINCT FROM '1' THEN
                PERFORM set_config('chainboard.data_changed', '1', true);
                INSERT INTO data_version_pending ("txid") VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
              END IF;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`
            CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE data_version SET n = n + 1 WHERE id = (NEW."txid"::text::bigint % 16);
              DELETE FROM data_version_pending WHERE "txid" = NEW."txid";
              RETURN NULL;
            END $$`);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER "data_version_bump" AFTER INSERT ON "data_version_pending"
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump()`);
        await queryRunner.query(`
            DO $$
            DECLARE t text;
            BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                AND tablename NOT IN ('migrations', 'user_session', 'import_preview', 'data_version', 'data_version_pending')
              LOOP
                EXECUTE format('CREATE TRIGGER data_version_mark AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark()', t);
              END LOOP;
            END $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DO $$
            DECLARE t text;
            BEGIN
              FOR t IN SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE g.tgname = 'data_version_mark'
              LOOP
                EXECUTE format('DROP TRIGGER data_version_mark ON %I', t);
              END LOOP;
            END $$`);
        await queryRunner.query(`DROP TABLE "data_version_pending"`);
        await queryRunner.query(`DROP TABLE "data_version"`);
        await queryRunner.query(`DROP FUNCTION data_version_bump()`);
        await queryRunner.query(`DROP FUNCTION data_version_mark()`);
    }

}
