import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { existsSync } from 'fs';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseTarget, dataSourceOptions } from '@chainboard/server-database';
import { DecimalScalar, formatGraphQLError, LocalDateScalar } from '@chainboard/server-core';
import { UsersModule } from '@chainboard/server-users';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { LeadsModule } from '@chainboard/server-leads';
import { ProjectsModule } from '@chainboard/server-projects';
import { SpreadsheetsModule } from '@chainboard/server-spreadsheets';
import { HealthController } from './health.controller';

export interface AppOptions {
  database: DatabaseTarget;
  jwtSecret: string;
  /** Folder of the built web app to serve at /, when there is one. */
  webRoot?: string;
  /** Sign-in attempts allowed per client address per minute. */
  signInLimit?: number;
  logLevel?: string;
}

/** Limits on what one GraphQL request may ask for. */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 20 },
  // Tokens are limited by the parser itself (parseOptions below), which answers 400 rather than 500.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 20000 },
  blockFieldSuggestion: { enabled: true },
});

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const protection = armor.protect();
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
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.database), migrationsRun: true }),
        ThrottlerModule.forRoot([{ name: 'sign-in', ttl: 60_000, limit: options.signInLimit ?? 10 }]),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          resolvers: { LocalDate: LocalDateScalar, Decimal: DecimalScalar },
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          introspection: process.env['NODE_ENV'] !== 'production',
          playground: false,
          includeStacktraceInErrorResponses: false,
          plugins: protection.plugins,
          formatError: formatGraphQLError,
          validationRules: protection.validationRules,
          parseOptions: { maxTokens: 5000 },
        }),
        TerminusModule,
        UsersModule.forRoot({ jwtSecret: options.jwtSecret }),
        ChainsModule,
        CompaniesModule,
        LeadsModule,
        ProjectsModule,
        SpreadsheetsModule,
        ...web,
      ],
      controllers: [HealthController],
    };
  }
}
