// The seed command: loads the seed files into the database (DATABASE_URL, or the embedded one). Safe to repeat.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadSeeds, openDatabase, readSeeds, seedsDir } from '@chainboard/server-database';
import { appDataSourceOptions, SEED_STEPS } from './app/database';

async function main(): Promise<void> {
  const database = await openDatabase();
  const db = new DataSource({ ...appDataSourceOptions(database.target), migrationsRun: false });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const report = await loadSeeds(db, readSeeds(SEED_STEPS, seedsDir()));
    console.log(`Seed loaded: added ${Object.entries(report).map(([step, n]) => `${n} ${step}`).join(', ')}.`);
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
