import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { ErrorCode } from '@chainboard/domain';
import { AppError } from './app-error';

/**
 * What one GraphQL request may ask for. The web's own documents stay well inside them (a test validates every
 * generated document against these rules): the deepest is 10 levels, the costliest under 3,000, and none uses
 * aliases or directives. Cost is graphql-armor's: 1 per scalar, 2 per object, times 1.5 per level of nesting.
 */
export const QUERY_LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 10,
  cost: 5000,
  /** Lexical tokens of one document (the parser refuses more, before any other rule runs). */
  tokens: 5000,
} as const;

type Limit = 'depth' | 'aliases' | 'directives' | 'cost';

/** Reports a refusal as a typed, localised error naming the limit, instead of graphql-armor's English text. */
function refuse(limit: Limit) {
  return [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const found = Number(/found (\d+)/.exec(error.message)?.[1]);
      ctx?.reportError(
        new AppError(ErrorCode.BAD_USER_INPUT, `request.limit.${limit}`, { max: QUERY_LIMITS[limit] }, { limit, ...(Number.isFinite(found) ? { found } : {}) }),
      );
    },
  ];
}

/** Apollo plugins and validation rules that enforce QUERY_LIMITS and hide field suggestions from error messages. */
export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, propagateOnRejection: false, onReject: refuse('depth') },
    maxAliases: { n: QUERY_LIMITS.aliases, propagateOnRejection: false, onReject: refuse('aliases') },
    maxDirectives: { n: QUERY_LIMITS.directives, propagateOnRejection: false, onReject: refuse('directives') },
    costLimit: { maxCost: QUERY_LIMITS.cost, propagateOnRejection: false, onReject: refuse('cost') },
    // Tokens are limited by the parser itself (parseOptions: { maxTokens }), which answers 400 rather than 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
