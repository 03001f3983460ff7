export * from './lib/workspace';
export * from './lib/data-source';
export * from './lib/embedded';
export * from './lib/database';
export * from './lib/seed';
export * from './lib/test-database';
export { MIGRATIONS } from './migrations';
