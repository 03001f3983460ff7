import type { ChainDetailQuery } from '@chainboard/web-graphql';

/** A chain as the chain page shows it. */
export type ChainDetail = ChainDetailQuery['chain'];
