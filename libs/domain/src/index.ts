export * from './lib/roles';
export * from './lib/chains';
export * from './lib/dates';
export * from './lib/money';
export * from './lib/permissions';
export * from './lib/errors';
export * from './lib/chain-map';
