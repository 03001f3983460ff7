import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, MIGRATIONS, openDatabase, loadSeeds, readSeeds, seedsDir, TestDatabase } from '@chainboard/server-database';
import { ProjectsFileSeed } from '@chainboard/server-projects';
import { appDataSourceOptions, SEED_STEPS } from '../src/app/database';

describe('the database schema and the seed', () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    db = new DataSource(appDataSourceOptions({ url: database.url, embedded: false }));
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
    const data = readSeeds(SEED_STEPS, seedsDir());
    const first = await loadSeeds(db, data, { demo: true });
    // Every step reads a list of units (lists, departments, users, chains, maps, the plan's companies, the demo leads of
    // each chain's file), each one new to an empty database; the projects step counts the projects of its files.
    expect(Object.keys(first)).toEqual(['companyLists', 'departments', 'users', 'chains', 'maps', 'companies', 'projects', 'demoLeads', 'meetings', 'indicators', 'places']);
    const units = (step: (typeof data.steps)[number]) =>
      step.name === 'projects' ? (data.get(step) as ProjectsFileSeed[]).reduce((n, f) => n + f.projects.length, 0) : (data.get(step) as unknown[]).length;
    expect(first).toEqual(Object.fromEntries(data.steps.map((step) => [step.name, units(step)])));
    expect(first['chains']).toBe(4);
    expect(first['departments']).toBeGreaterThan(0);
    expect(first['maps']).toBe(4);
    const dump = async () =>
      JSON.stringify(
        await Promise.all(
          [
            ...['department', 'app_user', 'industry_chain', 'chain_map', 'chain_segment', 'chain_edge', 'company', 'chain_node_company', 'work_plan', 'work_plan_task', 'policy_set', 'policy', 'chain_target', 'company_list', 'seed_applied'],
            ...['project', 'project_chain_node', 'project_stage_log', 'project_funds', 'project_milestone', 'project_update', 'coordination_issue', 'coordination_issue_event', 'project_event'],
            ...['lead', 'lead_chain_node', 'interaction', 'prospect'],
            ...['meeting', 'meeting_attendee', 'meeting_item', 'meeting_action'],
            ...['plan_indicator', 'indicator_actual', 'place_zone', 'place_building', 'land_parcel', 'land_total'],
          ].map((t) =>
            db.query(`SELECT * FROM "${t}" ORDER BY 1`),
          ),
        ),
      );
    const before = await dump();
    expect(await loadSeeds(db, data, { demo: true })).toEqual({ companyLists: 0, departments: 0, users: 0, chains: 0, maps: 0, companies: 0, projects: 0, demoLeads: 0, meetings: 0, indicators: 0, places: 0 });
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
      expect(() => readSeeds(SEED_STEPS, dir)).toThrow(/chain new-materials: unknown leader nobody/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the parts other features keep in a map file with the map (the companies on its nodes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(seedsDir(), dir, { recursive: true });
    const file = join(dir, 'maps', 'electronic-information.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/role: ANCHOR/, 'role: SPONSOR'));
    try {
      expect(() => readSeeds(SEED_STEPS, dir)).toThrow(/map electronic-information: company \S+ has unknown role/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
