import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'fs';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseTarget } from '@chainboard/server-database';
import { DecimalScalar, formatGraphQLError, LocalDateScalar, QUERY_LIMITS, queryLimits } from '@chainboard/server-core';
import { signInThrottlers, UsersModule } from '@chainboard/server-users';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { LeadsModule } from '@chainboard/server-leads';
import { ProjectsModule } from '@chainboard/server-projects';
import { MeetingsModule } from '@chainboard/server-meetings';
import { SearchModule } from '@chainboard/server-search';
import { SpreadsheetsModule } from '@chainboard/server-spreadsheets';
import { PlacesModule } from '@chainboard/server-places';
import { TargetsModule } from '@chainboard/server-targets';
import { AuditModule } from '@chainboard/server-audit';
import { appDataSourceOptions } from './database';
import { HealthController } from './health.controller';

export interface AppOptions {
  database: DatabaseTarget;
  jwtSecret: string;
  /** Folder of the built web app to serve at /, when there is one. */
  webRoot?: string;
  /** Sign-in attempts allowed per client address per minute. */
  signInLimit?: number;
  /** Failed sign-ins per account within 15 minutes before the account is locked for 15 minutes. */
  signInAccountLimit?: number;
  /** Production mode (default: NODE_ENV=production): no introspection. */
  production?: boolean;
  logLevel?: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    // Limits on what one GraphQL request may ask for.
    const protection = queryLimits();
    const production = options.production ?? process.env['NODE_ENV'] === 'production';
    const web =
      options.webRoot && existsSync(options.webRoot)
        ? [ServeStaticModule.forRoot({ rootPath: options.webRoot, exclude: ['/graphql{/*path}', '/health{/*path}'] })]
        : [];
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.logLevel ?? process.env['LOG_LEVEL'] ?? 'info',
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
            // JSON lines for machines; readable lines when a developer watches a terminal.
            ...(process.stdout.isTTY && process.env['NODE_ENV'] !== 'production' ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
          },
        }),
        TypeOrmModule.forRoot({ ...appDataSourceOptions(options.database), migrationsRun: true }),
        ThrottlerModule.forRoot(signInThrottlers({ perAddress: options.signInLimit, perAccount: options.signInAccountLimit })),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          resolvers: { LocalDate: LocalDateScalar, Decimal: DecimalScalar },
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          introspection: !production,
          playground: false,
          includeStacktraceInErrorResponses: false,
          // No cache-control hints are used: without the plugin Apollo leaves the schema's resolvers unwrapped, which
          // saves a wrapper per resolved field on long lists (the project ledger resolves thousands per page).
          plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled()],
          formatError: formatGraphQLError,
          validationRules: protection.validationRules,
          parseOptions: { maxTokens: QUERY_LIMITS.tokens },
        }),
        TerminusModule,
        UsersModule.forRoot({ jwtSecret: options.jwtSecret }),
        ChainsModule,
        CompaniesModule,
        LeadsModule,
        ProjectsModule,
        MeetingsModule,
        TargetsModule,
        PlacesModule,
        SearchModule,
        SpreadsheetsModule,
        AuditModule,
        ...web,
      ],
      controllers: [HealthController],
    };
  }
}
