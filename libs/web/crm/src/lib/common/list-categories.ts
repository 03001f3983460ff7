import type { CompanyListCategory } from '@chainboard/web-graphql';

/** The kinds of company list (名单) a company can be tagged from, in the order the filters offer them. */
export const LIST_CATEGORIES = ['TOP_500', 'LISTED', 'HIDDEN_CHAMPION', 'LITTLE_GIANT', 'HIGH_TECH', 'OTHER'] as const satisfies readonly CompanyListCategory[];
