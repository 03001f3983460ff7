// The seed command: loads the seed files into the database (DATABASE_URL, or the embedded one). Safe to repeat.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadSeeds, openDatabase, readSeeds, seedsDir } from '@chainboard/server-database';

async function main(): Promise<void> {
  const database = await openDatabase();
  const db = new DataSource({ ...dataSourceOptions(database.target), migrationsRun: false });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const report = await loadSeeds(db, readSeeds(seedsDir()));
    console.log(`Seed loaded: added ${report.departments} departments, ${report.users} users, ${report.chains} chains, ${report.maps} chain maps, ${report.companyLists} company lists.`);
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
