import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { ERROR_MESSAGES, LANGUAGES } from '@chainboard/domain';
import { chainLedBySql, CHAIN_SQL_FRAGMENTS, ChainNodeOccupants, nodeInChainSql } from '@chainboard/server-chains';
import { companyMatchesTextSql, companyNameSql, COMPANY_SQL_FRAGMENTS, CompanyReferences } from '@chainboard/server-companies';
import { TestApp } from './harness';

/** The node table of the chain maps (the table keeps its old name) and the company table. */
const NODE_TABLE = 'chain_segment';
const COMPANY_TABLE = 'company';

/**
 * Foreign keys to the node table that are the chain map's own structure: nothing "sits" on a node through them,
 * so they have no registration. Each says why.
 */
const STRUCTURAL_NODE_KEYS = [
  { table: 'chain_segment', column: 'parent_id', reason: 'the tree of the map: a node with sub-nodes is refused by the map itself, naming them' },
  { table: 'chain_edge', column: 'from_id', reason: 'an edge of the map: edges go with the node they start from' },
  { table: 'chain_edge', column: 'to_id', reason: 'an edge of the map: edges go with the node they end at' },
];

/** Foreign keys to the company table that have no registration (none: everything that points at a company moves on a merge). */
const UNREGISTERED_COMPANY_KEYS: Array<{ table: string; column: string; reason: string }> = [];

const key = (r: { table: string; column: string }) => `${r.table}.${r.column}`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('registries of what sits on a chain-map node and what points at a company', () => {
  let t: TestApp;
  let occupants: ChainNodeOccupants;
  let references: CompanyReferences;

  beforeAll(async () => {
    t = await TestApp.start();
    occupants = t.app.get(ChainNodeOccupants);
    references = t.app.get(CompanyReferences);
  });
  afterAll(() => t.close());

  /** Every (table, column) of the database with a foreign key to the given table, read from the catalog. */
  async function foreignKeysTo(table: string): Promise<string[]> {
    const rows: Array<{ table: string; column: string }> = await t.db.query(
      `SELECT src.relname AS "table", a.attname AS "column"
         FROM pg_constraint c
         JOIN pg_class src ON src.oid = c.conrelid
         JOIN pg_class ref ON ref.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = ref.relnamespace
         CROSS JOIN LATERAL unnest(c.conkey) AS k(attnum)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype = 'f' AND ref.relname = $1 AND n.nspname = current_schema()
        ORDER BY 1, 2`,
      [table],
    );
    return rows.map(key);
  }

  async function columnExists(table: string, column: string): Promise<boolean> {
    const rows = await t.db.query(
      `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2`,
      [table, column],
    );
    return rows.length === 1;
  }

  // A key listed here has no registration: register what the table holds with ChainNodeOccupants (or
  // CompanyReferences) in the module of the feature that owns the table, so that node delete and company merge know it.
  it('has a registration for every foreign key to a chain-map node, except the map’s own structure', async () => {
    const keys = await foreignKeysTo(NODE_TABLE);
    const registered = occupants.all().map(key);
    const structural = STRUCTURAL_NODE_KEYS.map(key);
    expect(keys.filter((k) => !registered.includes(k) && !structural.includes(k))).toEqual([]);
    // The exceptions are real keys, and none is also registered.
    expect(structural.filter((k) => !keys.includes(k))).toEqual([]);
    expect(structural.filter((k) => registered.includes(k))).toEqual([]);
    // What the features register today.
    expect(occupants.all().map((o) => [o.kind, key(o)])).toEqual(
      expect.arrayContaining([
        ['company', 'chain_node_company.segment_id'],
        ['lead', 'lead_chain_node.segment_id'],
        ['prospect', 'prospect.segment_id'],
        ['project', 'project_chain_node.segment_id'],
      ]),
    );
  });

  it('has a registration for every foreign key to a company', async () => {
    const keys = await foreignKeysTo(COMPANY_TABLE);
    const registered = references.all().map(key);
    const unregistered = UNREGISTERED_COMPANY_KEYS.map(key);
    expect(keys.filter((k) => !registered.includes(k) && !unregistered.includes(k))).toEqual([]);
    expect(references.all().map(key)).toEqual(
      expect.arrayContaining(['company_tag.company_id', 'chain_node_company.company_id', 'prospect.company_id', 'lead.company_id', 'interaction.company_id', 'project.company_id']),
    );
  });

  it('registers only columns that exist and point at the node or company table, under unique kinds and known messages', async () => {
    const nodeKeys = await foreignKeysTo(NODE_TABLE);
    const companyKeys = await foreignKeysTo(COMPANY_TABLE);
    for (const o of occupants.all()) {
      expect([key(o), await columnExists(o.table, o.column)]).toEqual([key(o), true]);
      expect(nodeKeys).toContain(key(o));
    }
    for (const r of references.all()) {
      expect([key(r), await columnExists(r.table, r.column)]).toEqual([key(r), true]);
      expect(companyKeys).toContain(key(r));
    }
    for (const list of [occupants.all(), references.all()]) {
      const kinds = list.map((x) => x.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
      for (const lng of LANGUAGES) expect(list.filter((x) => !ERROR_MESSAGES[lng][x.label]).map((x) => x.label)).toEqual([]);
    }
    expect(() => occupants.register(occupants.all()[0])).toThrow(/registered twice/);
    expect(() => references.register(references.all()[0])).toThrow(/registered twice/);
  });

  it('counts through each registration what its table holds', async () => {
    // Something of every kind on one node, besides the seeded companies.
    const [node] = await t.db.query(`SELECT s.id, m.chain_id FROM chain_segment s JOIN chain_map m ON m.id = s.map_id ORDER BY s.sort_order, s.id LIMIT 1`);
    const [company] = await t.db.query(`INSERT INTO company (name) VALUES ('登记测试企业') RETURNING id`);
    await t.db.query(`INSERT INTO prospect (segment_id, company_id) VALUES ($1, $2)`, [node.id, company.id]);
    const [lead] = await t.db.query(`INSERT INTO lead (title, chain_id, status, created_on, company_id) VALUES ('登记测试线索', $1, 'DROPPED', CURRENT_DATE, $2) RETURNING id`, [node.chain_id, company.id]);
    await t.db.query(`INSERT INTO lead_chain_node (lead_id, segment_id) VALUES ($1, $2)`, [lead.id, node.id]);
    const [project] = await t.db.query(`INSERT INTO project (name, chain_id, stage, company_id) VALUES ('登记测试项目', $1, 'SIGNED', $2) RETURNING id`, [node.chain_id, company.id]);
    await t.db.query(`INSERT INTO project_chain_node (project_id, segment_id) VALUES ($1, $2)`, [project.id, node.id]);
    await t.db.query(`INSERT INTO interaction (company_id, lead_id, type, occurred_on, summary) VALUES ($1, $2, 'CALL', CURRENT_DATE, '登记测试')`, [company.id, lead.id]);

    const nodeIds: string[] = (await t.db.query(`SELECT id FROM chain_segment`)).map((r: { id: string }) => r.id);
    const counts = await occupants.countByNodes(t.db.manager, nodeIds);
    for (const o of occupants.all()) {
      const rows: Array<{ id: string; n: number }> = await t.db.query(`SELECT "${o.column}" AS id, count(*)::int AS n FROM "${o.table}" GROUP BY 1`);
      expect(rows.length).toBeGreaterThan(0);
      const fromTable = Object.fromEntries(rows.map((r) => [r.id, r.n]));
      const fromRegistry = Object.fromEntries(nodeIds.filter((id) => counts.of(o.kind, id) > 0).map((id) => [id, counts.of(o.kind, id)]));
      expect([o.kind, fromRegistry]).toEqual([o.kind, fromTable]);
    }
    const companyCounts = await references.count(t.db.manager, company.id);
    expect(companyCounts.map((c) => c.kind)).toEqual(references.all().map((r) => r.kind));
    for (const r of references.all()) {
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM "${r.table}" WHERE "${r.column}" = $1`, [company.id]);
      expect([r.kind, companyCounts.find((c) => c.kind === r.kind)?.count]).toEqual([r.kind, row.n]);
    }
    expect(companyCounts.filter((c) => c.count > 0).map((c) => c.kind).sort()).toEqual(['interaction', 'lead', 'project', 'prospect']);
  });

  it('keeps every feature’s SQL to its own tables, save the fragments their owners export', () => {
    const root = join(__dirname, '../../../libs/server');
    // The fragments each owner exports for other features' list queries: each names only its owner's tables.
    expect(Object.keys(CHAIN_SQL_FRAGMENTS).sort()).toEqual(['chainLedBySql', 'nodeInChainSql']);
    expect(Object.keys(COMPANY_SQL_FRAGMENTS).sort()).toEqual(['companyMatchesTextSql', 'companyNameSql']);
    const fragments: Array<[string, string]> = [
      ['chains', nodeInChainSql('x.node_id', 'p')],
      ['chains', chainLedBySql('x.chain_id', 'p')],
      ['companies', companyMatchesTextSql('x.company_id', 'p', ['q'])],
      ['companies', companyNameSql('x.company_id')],
    ];
    // Which feature owns a table: the library that declares its entity. Migrations (the database library) write every table.
    const libs = readdirSync(root).filter((lib) => lib !== 'database' && statSync(join(root, lib, 'src')).isDirectory());
    const owner = new Map<string, string>();
    for (const lib of libs) {
      for (const file of sourceFiles(join(root, lib, 'src'))) {
        for (const [, table] of readFileSync(file, 'utf8').matchAll(/@Entity\(\{\s*name:\s*'([a-z_]+)'/g)) owner.set(table, lib);
      }
    }
    // Every table the features know of has an owner, and the tables this file names are theirs.
    for (const table of [NODE_TABLE, COMPANY_TABLE, ...occupants.all().map((o) => o.table), ...references.all().map((r) => r.table)]) expect([table, owner.has(table)]).toEqual([table, true]);
    const names = (text: string, tables: string[]) => tables.filter((table) => new RegExp(`\\b(FROM|JOIN|UPDATE|INTO)\\s+"?${table}"?\\b`, 'i').test(text));
    const tablesOf = (lib: string, own: boolean) => [...owner].filter(([, o]) => (o === lib) === own).map(([table]) => table);
    for (const [lib, sql] of fragments) {
      expect([lib, names(sql, tablesOf(lib, false))]).toEqual([lib, []]);
      expect(names(sql, tablesOf(lib, true)).length).toBeGreaterThan(0);
    }
    const foreign = libs.flatMap((lib) =>
      sourceFiles(join(root, lib, 'src')).flatMap((file) =>
        names(readFileSync(file, 'utf8'), tablesOf(lib, false)).map((table) => `${file.slice(root.length + 1)}: ${table} (${owner.get(table)})`),
      ),
    );
    expect(foreign).toEqual([]);
  });
});
