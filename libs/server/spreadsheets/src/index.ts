export * from './lib/table-reader';
export * from './lib/columns';
export * from './lib/rows';
export * from './lib/export';
export * from './lib/spreadsheet.types';
export * from './lib/imports.service';
export * from './lib/exports.service';
export * from './lib/spreadsheets.module';
export { SpreadsheetsResolver } from './lib/spreadsheets.resolver';
