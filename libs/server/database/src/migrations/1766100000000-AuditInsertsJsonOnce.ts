import { MigrationInterface, QueryRunner } from "typeorm";

const INLINED = `FROM (SELECT to_jsonb(n) AS j FROM new_rows n) r`;
const ONCE = `FROM (SELECT to_jsonb(n) AS j FROM new_rows n OFFSET 0) r`;

/**
 * The statement-level audit of inserts turns each inserted row into jsonb once. PostgreSQL pulled the subquery
 * `SELECT to_jsonb(n) AS j FROM new_rows n` up into the INSERT … SELECT, so that every use of `r.j` (the entity's id,
 * the password check, the entry's after, the parent and chain) converted the row again: about 20 µs a row of the
 * 50 µs the trigger cost on a company. `OFFSET 0` keeps the subquery as it is written; the entries are the same.
 * The function is rewritten as it stands (its list of ignored columns has grown since it was made).
 */
export class AuditInsertsJsonOnce1766100000000 implements MigrationInterface {
    name = 'AuditInsertsJsonOnce1766100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await this.rewrite(queryRunner, INLINED, ONCE);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await this.rewrite(queryRunner, ONCE, INLINED);
    }

    private async rewrite(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
        const [{ def }]: Array<{ def: string }> = await queryRunner.query(`SELECT pg_get_functiondef('"audit_inserted_rows"'::regproc) AS def`);
        if (!def.includes(from)) throw new Error('audit_inserted_rows does not read its rows as expected');
        await queryRunner.query(def.replace(from, to));
    }

}
