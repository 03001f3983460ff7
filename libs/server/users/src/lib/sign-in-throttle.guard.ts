import { CallHandler, ExecutionContext, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectThrottlerOptions, ThrottlerGuard, ThrottlerModuleOptions, ThrottlerOptions, ThrottlerRequest } from '@nestjs/throttler';
import { concatMap, finalize, from, Observable, tap, throwError } from 'rxjs';
import { ErrorCode } from '@chainboard/domain';
import { AppError } from '@chainboard/server-core';
import { AuthService } from './auth.service';

/** The throttler that counts every sign-in attempt per client address. */
export const SIGN_IN_PER_ADDRESS = 'sign-in';
/** The throttler entry that holds the per-account limit: failed attempts per username (counted by SignInAccountLock). */
export const SIGN_IN_PER_ACCOUNT = 'sign-in-account';

export interface SignInLimits {
  /** Attempts per client address per minute (default 10). */
  perAddress?: number;
  /** Failed attempts per account within `accountWindowMs` before the account is locked (default 10). */
  perAccount?: number;
  /** The window failed attempts are counted in (default 15 minutes). */
  accountWindowMs?: number;
  /** How long a locked account refuses sign-ins (default 15 minutes). */
  accountLockMs?: number;
}

/** The sign-in limits as ThrottlerModule entries (the app module registers them). */
export function signInThrottlers(limits: SignInLimits = {}): ThrottlerOptions[] {
  const window = limits.accountWindowMs ?? 15 * 60_000;
  return [
    { name: SIGN_IN_PER_ADDRESS, ttl: 60_000, limit: limits.perAddress ?? 10 },
    { name: SIGN_IN_PER_ACCOUNT, ttl: window, limit: limits.perAccount ?? 10, blockDuration: limits.accountLockMs ?? window },
  ];
}

/** Limits sign-in attempts per client address (the address is the request's, behind a trusted proxy its client's). */
@Injectable()
export class SignInThrottleGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext<{ req: any; res: any }>();
    return { req: ctx.req, res: ctx.res };
  }

  /** The per-account entry counts failures, not attempts: SignInAccountLock applies it. */
  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return request.throttler.name === SIGN_IN_PER_ACCOUNT ? Promise.resolve(true) : super.handleRequest(request);
  }

  /** Refuses with the API's own typed, localised error rather than an HTTP exception. */
  protected override async throwThrottlingException(): Promise<void> {
    throw new AppError(ErrorCode.TOO_MANY_REQUESTS, 'request.tooMany');
  }
}

interface AccountRecord {
  /** When the failures of the current window happened (ms). */
  failures: number[];
  /** Attempts being checked right now. */
  checking: number;
  /** Locked until then (ms), 0 when not locked. */
  lockedUntil: number;
}

/** How a checked sign-in ended: right password, wrong password (or unknown user), or neither (refused input, a fault). */
export type SignInOutcome = 'success' | 'failure' | 'other';

/**
 * Failed sign-ins per account: `limit` failures within `windowMs` lock the account for `lockMs`, whatever addresses
 * the attempts came from. Attempts being checked count against the limit too, so that parallel guesses cannot overrun
 * it. A successful sign-in clears the account's failures. Unknown usernames are counted like known ones, so a lock
 * tells nothing about whether an account exists. At most `maxAccounts` are tracked.
 */
export class FailedSignIns {
  private readonly accounts = new Map<string, AccountRecord>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly lockMs: number,
    private readonly maxAccounts = 10_000,
  ) {}

  /** Milliseconds the account stays locked (0: not locked). */
  lockedFor(account: string, now: number): number {
    const record = this.accounts.get(account);
    return record && record.lockedUntil > now ? record.lockedUntil - now : 0;
  }

  /** Starts checking an attempt, unless the account is locked or as many attempts as the limit allows are under way. */
  begin(account: string, now: number): boolean {
    if (this.lockedFor(account, now) > 0) return false;
    const record = this.record(account, now);
    if (record.failures.length + record.checking >= this.limit) return false;
    record.checking++;
    return true;
  }

  /** Ends an attempt begun: a failure counts, and the one that reaches the limit locks the account; a success clears it. */
  end(account: string, outcome: SignInOutcome, now: number): void {
    const record = this.record(account, now);
    record.checking = Math.max(0, record.checking - 1);
    if (outcome === 'success') {
      record.failures = [];
      record.lockedUntil = 0;
    } else if (outcome === 'failure') {
      record.failures.push(now);
      if (record.failures.length >= this.limit) {
        record.failures = [];
        record.lockedUntil = now + this.lockMs;
      }
    }
    if (record.checking === 0 && record.failures.length === 0 && record.lockedUntil <= now) this.accounts.delete(account);
  }

  /** A failed attempt (begun and ended at once). */
  fail(account: string, now: number): void {
    if (this.begin(account, now)) this.end(account, 'failure', now);
  }

  /** The account's record with the failures of the window only, as the most recently touched. */
  private record(account: string, now: number): AccountRecord {
    const record = this.accounts.get(account) ?? { failures: [], checking: 0, lockedUntil: 0 };
    record.failures = record.failures.filter((t) => t > now - this.windowMs);
    this.accounts.delete(account);
    this.accounts.set(account, record);
    if (this.accounts.size > this.maxAccounts) this.prune(now, account);
    return record;
  }

  /** Drops what no longer counts, then the longest-untouched accounts, locked ones last (never `keep`). */
  private prune(now: number, keep: string): void {
    const idle = (record: AccountRecord) => record.checking === 0 && record.lockedUntil <= now;
    for (const [account, record] of this.accounts) {
      if (idle(record) && record.failures.every((t) => t <= now - this.windowMs)) this.accounts.delete(account);
    }
    // Down to nine tenths of the bound, so that the next attempts do not prune again at once.
    const target = Math.floor(this.maxAccounts * 0.9);
    for (const lockedToo of [false, true]) {
      for (const [account, record] of this.accounts) {
        if (this.accounts.size <= target) return;
        if (account !== keep && (lockedToo || idle(record))) this.accounts.delete(account);
      }
    }
  }
}

/** The account a sign-in names, as the lock counts it: trimmed, case folded, bounded. */
function accountKey(username: unknown): string | null {
  if (typeof username !== 'string') return null;
  const key = username.trim().toLowerCase().slice(0, 200);
  return key || null;
}

/**
 * Locks an account after too many failed sign-ins (the `sign-in-account` throttler entry: limit failures per ttl,
 * locked for blockDuration): while locked, sign-ins for it are refused with TOO_MANY_REQUESTS without checking the
 * password. Runs after SignInThrottleGuard (the per-address limit), on the signIn mutation.
 */
@Injectable()
export class SignInAccountLock implements NestInterceptor {
  private readonly failed: FailedSignIns | null;

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @Optional() private readonly auth?: AuthService,
  ) {
    const throttlers = Array.isArray(options) ? options : options.throttlers;
    const entry = throttlers.find((t) => t.name === SIGN_IN_PER_ACCOUNT);
    const { limit, ttl, blockDuration } = entry ?? {};
    this.failed =
      typeof limit === 'number' && typeof ttl === 'number' ? new FailedSignIns(limit, ttl, typeof blockDuration === 'number' ? blockDuration : ttl) : null;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const failed = this.failed;
    const gql = GqlExecutionContext.create(context);
    const typed = gql.getArgs<{ input?: { username?: unknown } }>().input?.username;
    const account = accountKey(typed);
    if (!failed || !account) return next.handle();
    if (!failed.begin(account, Date.now())) {
      const minutes = Math.max(1, Math.ceil(failed.lockedFor(account, Date.now()) / 60_000));
      const refuse = () => throwError(() => new AppError(ErrorCode.TOO_MANY_REQUESTS, 'auth.accountLocked', { minutes }));
      if (!this.auth || typeof typed !== 'string') return refuse();
      // The trail records the refusal (the username as typed, the address, 'locked'), in a transaction of its own.
      const address = gql.getContext<{ req?: { ip?: string } }>().req?.ip ?? null;
      return from(this.auth.recordRefusedSignIn(typed, 'locked', { address })).pipe(concatMap(refuse));
    }
    let outcome: SignInOutcome = 'other';
    return next.handle().pipe(
      tap({
        next: () => (outcome = 'success'),
        error: (error: unknown) => {
          if (error instanceof AppError && error.messageKey === 'auth.invalidCredentials') outcome = 'failure';
        },
      }),
      finalize(() => failed.end(account, outcome, Date.now())),
    );
  }
}
