import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions, MIGRATIONS, openDatabase, loadSeeds, readSeeds, seedsDir, TestDatabase } from '@chainboard/server-database';

describe('the database schema and the seed', () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    db = new DataSource(dataSourceOptions({ url: database.url, embedded: false }));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('comes from migrations that match the entities exactly', async () => {
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('migrates all the way down and up again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration({ transaction: 'each' });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'industry_chain'`);
    expect(n).toBe(0);
    await db.runMigrations({ transaction: 'each' });
    expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });

  it('loads the seed once: loading it again changes nothing', async () => {
    const data = readSeeds(seedsDir());
    const first = await loadSeeds(db, data);
    expect(first).toEqual({ companyLists: data.companyLists.length, departments: data.departments.length, users: data.users.length, chains: 4, maps: data.maps.length });
    const dump = async () =>
      JSON.stringify(
        await Promise.all(
          ['department', 'app_user', 'industry_chain', 'chain_map', 'chain_segment', 'chain_edge', 'company', 'chain_node_company', 'work_plan', 'work_plan_task', 'policy_set', 'policy', 'chain_target', 'company_list', 'seed_applied'].map((t) =>
            db.query(`SELECT * FROM "${t}" ORDER BY 1`),
          ),
        ),
      );
    const before = await dump();
    expect(await loadSeeds(db, data)).toEqual({ companyLists: 0, departments: 0, users: 0, chains: 0, maps: 0 });
    expect(await dump()).toBe(before);
  });

  it('uses the server DATABASE_URL names instead of starting the embedded one', async () => {
    const previous = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = database.url;
    try {
      const opened = await openDatabase();
      expect(opened.target).toEqual({ url: database.url, embedded: false });
      await opened.close();
    } finally {
      if (previous === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = previous;
    }
  });

  it('refuses seed files with broken references before writing anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(seedsDir(), dir, { recursive: true });
    const file = join(dir, 'chains', 'new-materials.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^leader: .*$/m, 'leader: nobody'));
    try {
      expect(() => readSeeds(dir)).toThrow(/chain new-materials: unknown leader nobody/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
