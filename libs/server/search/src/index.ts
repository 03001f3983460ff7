export * from './lib/search.types';
export * from './lib/search.service';
export * from './lib/search.module';
export * from './lib/dto/search.inputs';
export { SearchResolver } from './lib/search.resolver';
