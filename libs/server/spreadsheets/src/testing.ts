// Fixtures for tests of the importer (not part of the library's runtime API).
export * from './lib/messy-workbook';
