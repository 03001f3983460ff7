import { createSecretKey } from 'crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClockModule } from '@chainboard/server-core';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CACHED_READS_SETTINGS, CachedReadsPlugin, CachedReadsSettings, cachedReadsSettings } from './cached-reads.plugin';
import { Department } from './department.entity';
import { assertProductionSecret, PRODUCTION_MODE, ProductionChecks } from './production-checks';
import { DEFAULT_SESSION_SETTINGS, SESSION_SETTINGS, SessionSettings, SessionsService } from './sessions.service';
import { User } from './user.entity';
import { UserChain } from './user-chain.entity';
import { UserSession } from './user-session.entity';
import { UserLoaders } from './user-loaders';
import { SavedViewsResolver } from './saved-views.resolver';
import { SavedViewsService } from './saved-views.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

export interface UsersModuleOptions {
  jwtSecret: string;
  /** Session lifetimes; SESSION_IDLE_MINUTES, SESSION_MAX_HOURS and ACCESS_TOKEN_MINUTES, else 120 min, 12 h and 15 min. */
  sessions?: Partial<SessionSettings>;
  /**
   * Production (default: NODE_ENV=production): refuses to start with a default or missing signing key, or while a
   * seeded account still has the demo password.
   */
  production?: boolean;
  /** Cached reads: the memory their answers may take per process (READ_CACHE_MB, else 64 MB; 0 turns them off). */
  cachedReads?: Partial<CachedReadsSettings>;
}

/** A positive number from the environment, or undefined. */
function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export function sessionSettings(given: Partial<SessionSettings> = {}): SessionSettings {
  const accessMinutes = envNumber('ACCESS_TOKEN_MINUTES');
  return {
    accessTokenSeconds: given.accessTokenSeconds ?? (accessMinutes ? accessMinutes * 60 : DEFAULT_SESSION_SETTINGS.accessTokenSeconds),
    idleMinutes: given.idleMinutes ?? envNumber('SESSION_IDLE_MINUTES') ?? DEFAULT_SESSION_SETTINGS.idleMinutes,
    maxHours: given.maxHours ?? envNumber('SESSION_MAX_HOURS') ?? DEFAULT_SESSION_SETTINGS.maxHours,
  };
}

export class UsersModule {
  static forRoot(options: UsersModuleOptions) {
    const production = options.production ?? process.env['NODE_ENV'] === 'production';
    if (production) assertProductionSecret(options.jwtSecret);
    return {
      module: UsersModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature([User, Department, UserChain, UserSession]),
        // The secret as a key object, made once: given a string, jsonwebtoken tries to read it as a PEM public key
        // and then builds a key from it on every sign and verify, a cost every signed-in request paid.
        JwtModule.register({ secret: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')) }),
        ClockModule,
      ],
      providers: [
        { provide: SESSION_SETTINGS, useValue: sessionSettings(options.sessions) },
        { provide: PRODUCTION_MODE, useValue: production },
        AuthService,
        SessionsService,
        AccountsService,
        UsersService,
        UserLoaders,
        SavedViewsService,
        ProductionChecks,
        UsersResolver,
        AccountsResolver,
        SavedViewsResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: CACHED_READS_SETTINGS, useValue: { ...cachedReadsSettings(), ...options.cachedReads } },
        CachedReadsPlugin,
      ],
      exports: [AuthService, SessionsService, UsersService, UserLoaders, SavedViewsService, CachedReadsPlugin],
    };
  }
}

// Nest needs the class to be a module even when used through forRoot.
Module({})(UsersModule);
