import { createServer, Server, Socket } from 'net';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { formatGraphQLError, isDatabaseUnavailable } from '@chainboard/server-core';

/** What pg throws when connecting to `port` (with a connection timeout) fails. */
async function connectError(port: number): Promise<Error> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'x', connectionTimeoutMillis: 300 });
  try {
    await client.connect();
  } catch (e) {
    return e as Error;
  } finally {
    await client.end().catch(() => undefined);
  }
  throw new Error('connected');
}

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'FATAL' });
const wrapped = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);
const asGraphQL = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['chains'] });

describe('database-unavailable errors', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let silentPort: number;
  let closedPort: number;
  beforeAll(async () => {
    // The formatter logs what it hides; the log is not what these tests read.
    Logger.overrideLogger(false);
    // Accepts connections and never answers, as a server that hangs.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    closedPort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
  });
  afterAll(async () => {
    Logger.overrideLogger(['log', 'error', 'warn']);
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent.close(resolve));
  });

  it('are recognised: refused, timed out, cut, shut down, not accepting connections, however wrapped', async () => {
    const refused = await connectError(closedPort);
    expect((refused as Error & { code?: string }).code).toBe('ECONNREFUSED');
    const timedOut = await connectError(silentPort);
    const unavailable = [
      refused,
      timedOut,
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('timeout exceeded when trying to connect'),
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P03', 'the database system is starting up'),
      pgError('08006', 'connection failure'),
      pgError('55000', 'database "chainboard" is not currently accepting connections'),
      // TypeORM's, when the connection of a transaction's query runner was ended between two of its statements.
      new QueryRunnerAlreadyReleasedError(),
    ];
    for (const error of unavailable) {
      expect([error.message, isDatabaseUnavailable(error)]).toEqual([error.message, true]);
      expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
      expect(isDatabaseUnavailable(asGraphQL(wrapped(error)))).toBe(true);
    }
  });

  it('are told apart from errors of the request or the code', () => {
    const others = [
      pgError('23505', 'duplicate key value violates unique constraint "company_credit_code_key"'),
      pgError('42601', 'syntax error at or near "SELEC"'),
      pgError('55000', 'object not in prerequisite state'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
    ];
    for (const error of others) {
      expect(isDatabaseUnavailable(asGraphQL(wrapped(error)))).toBe(false);
    }
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    // A refusal of the request that quotes what the user sent.
    expect(isDatabaseUnavailable(new GraphQLError('Variable "$q" got invalid value "Connection terminated"; the database system is starting up'))).toBe(false);
  });

  it('become DATABASE_UNAVAILABLE in the user’s language, other failures INTERNAL without detail', () => {
    const cut = asGraphQL(wrapped(pgError('57P01', 'terminating connection due to administrator command')));
    const formatted = formatGraphQLError({ message: cut.message, path: ['chains'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, cut);
    expect(formatted).toEqual({ message: '数据库暂时无法访问，请稍后再试', path: ['chains'], extensions: { code: 'DATABASE_UNAVAILABLE' } });

    const sqlError = asGraphQL(wrapped(pgError('23505', 'duplicate key value violates unique constraint "company_credit_code_key"')));
    const internal = formatGraphQLError(
      { message: sqlError.message, path: ['createCompany'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: at QueryRunner'] } },
      sqlError,
    );
    expect(internal).toEqual({ message: '服务器内部错误，请稍后再试', path: ['createCompany'], extensions: { code: 'INTERNAL' } });
  });
});
