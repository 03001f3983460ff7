/**
 * What a backup must reproduce: every table of the app's schema with its row count and an md5 of its rows in order
 * (each row as PostgreSQL writes it as text, sorted). Works on the server and on the embedded database alike.
 */
export type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

export interface TableChecksum {
  table: string;
  rows: number;
  md5: string;
}

export async function tableChecksums(query: Query): Promise<TableChecksum[]> {
  const tables = (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map((r) => String(r['tablename']));
  const out: TableChecksum[] = [];
  for (const table of tables) {
    const [row] = await query(`SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS md5 FROM "${table}" t`);
    out.push({ table, rows: Number(row['rows']), md5: String(row['md5']) });
  }
  return out;
}
