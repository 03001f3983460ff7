import { GraphQLScalarType, Kind } from 'graphql';
import { isDecimalString, isIsoDate, normalizeDecimal } from '@chainboard/domain';

/** A calendar date in the district's calendar (Asia/Shanghai), written YYYY-MM-DD, with no time of day. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date (Asia/Shanghai calendar) written YYYY-MM-DD',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) throw new TypeError('LocalDate must be a date written YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw new TypeError('LocalDate must be a date written YYYY-MM-DD');
    return ast.value;
  },
});

/** An exact decimal number sent as a string (money in 亿元 or 万元, land in 亩), never a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, e.g. "150" or "12.5"',
  serialize: (value) => normalizeDecimal(String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isDecimalString(value.trim())) throw new TypeError('Decimal must be a decimal number written as a string');
    return value.trim();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isDecimalString(ast.value.trim())) throw new TypeError('Decimal must be a decimal number written as a string');
    return ast.value.trim();
  },
});
