export * from './lib/table-reader';
export * from './lib/columns';
export * from './lib/rows';
export * from './lib/export';
