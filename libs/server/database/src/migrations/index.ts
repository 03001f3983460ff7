// Every migration, in order. Generated with `npm run migration:generate -- <Name>` and reviewed by hand.
import { Foundation1764115200000 } from './1764115200000-Foundation';
import { ChainMaps1764201600000 } from './1764201600000-ChainMaps';

export const MIGRATIONS: Function[] = [Foundation1764115200000, ChainMaps1764201600000];
