export * from './lib/place.entities';
export * from './lib/places.types';
export * from './lib/places.service';
export * from './lib/places.module';
export * from './lib/places.seed';
export { PlacesResolver } from './lib/places.resolver';
export * from './lib/places.inputs';
