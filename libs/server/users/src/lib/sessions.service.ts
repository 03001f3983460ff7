import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CLOCK, Clock, unauthenticated } from '@chainboard/server-core';
import { Department } from './department.entity';
import { rowReader } from './row-reader';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';

/** How long sessions and their tokens last. */
export interface SessionSettings {
  /** Lifetime of an access token, in seconds (default 15 minutes). */
  accessTokenSeconds: number;
  /** A session without a request for this long ends, in minutes (default 120). */
  idleMinutes: number;
  /** A session ends this long after sign-in however active it is, in hours (default 12). */
  maxHours: number;
}

export const SESSION_SETTINGS = 'chainboard:session-settings';

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { accessTokenSeconds: 15 * 60, idleMinutes: 120, maxHours: 12 };

/** Why a session was revoked. */
export type SessionEndReason = 'SIGNED_OUT' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET' | 'DISABLED' | 'REFRESH_REUSED';

/** Where a request came from, kept with the session it starts. */
export interface ClientInfo {
  userAgent?: string | null;
  address?: string | null;
}

/** What a sign-in, a renewal or a password change hands the client. */
export interface SessionTokens {
  /** The access token (a JWT naming the user and the session), sent as `Authorization: Bearer …`. */
  token: string;
  /** When the access token stops being accepted; renew it before. */
  expiresAt: Date;
  /** Renews the access token once (refreshSession); a new one comes with each renewal. */
  refreshToken: string;
}

interface AccessPayload {
  sub: string;
  sid: string;
}

/** The user and session a request's access token names. */
export interface Authenticated {
  user: User;
  sessionId: string;
  /**
   * The data version when the session was read: it grows with every commit that changes the app's data (migration
   * DataVersion), so two reads at the same version see the same data.
   */
  dataVersion: string;
}

/** The last-seen time is written at most this often per session (ms): one write a minute, not one per request. */
const TOUCH_EVERY_MS = 60_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A refresh token is the session id and a random secret: `<session id>.<secret>`. */
function parseRefreshToken(refreshToken: string): { sessionId: string; secret: string } | null {
  const [sessionId, secret, ...rest] = refreshToken.trim().split('.');
  return rest.length === 0 && sessionId && secret && UUID.test(sessionId) && /^[A-Za-z0-9_-]{20,200}$/.test(secret) ? { sessionId, secret } : null;
}

/**
 * Server-side sessions with short-lived access tokens and rotating refresh tokens. Every request's access token is
 * checked against its session (one indexed read, with the user): a revoked, idle or expired session, or a disabled
 * user, is refused at once, whatever the token's own expiry. Renewal rotates the refresh token; presenting one that
 * was already used revokes the session (someone else holds a copy).
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SESSION_SETTINGS) private readonly settings: SessionSettings,
  ) {}

  /** Starts a session for the user (inside the caller's transaction when given). */
  async start(user: Pick<User, 'id'>, client: ClientInfo, manager: EntityManager = this.db.manager): Promise<SessionTokens> {
    const now = this.clock.now();
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await manager.insert(UserSession, {
      id,
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.settings.maxHours * 3_600_000),
      revokedAt: null,
      revokedReason: null,
      refreshHash: sha256(secret),
      userAgent: client.userAgent?.slice(0, 255) || null,
      address: client.address?.slice(0, 64) || null,
    });
    return { ...(await this.accessToken(user.id, id)), refreshToken: `${id}.${secret}` };
  }

  /**
   * The active user and live session an access token names, or null: a missing, forged or expired token, a revoked,
   * idle or ended session, a disabled user. Marks the session seen (at most once a minute).
   */
  async authenticate(token: string | undefined): Promise<Authenticated | null> {
    const payload = await this.verify(token);
    if (!payload) return null;
    const [row]: Array<Record<string, unknown>> = await this.db.query(this.sessionRead().sql, [payload.sid]);
    const session = row ? this.sessionRead().session(row) : null;
    const now = this.clock.now();
    if (!session || session.userId !== payload.sub || !this.live(session, now) || !session.user.active) return null;
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      // Sessions are not data of the data version: marking one seen leaves the version as it is.
      await this.db.manager.update(UserSession, { id: session.id }, { lastSeenAt: now });
    }
    return { user: session.user, sessionId: session.id, dataVersion: String(row['data_version']) };
  }

  private read?: { sql: string; session(row: Record<string, unknown>): UserSession };

  /**
   * The statement that reads a session with its user, the user's department and the data version, written once: it is
   * sent with every request, and building it with the query builder each time cost more than the database's work.
   * The entities are made from the column metadata as TypeORM makes them (a test compares the two).
   */
  private sessionRead(): { sql: string; session(row: Record<string, unknown>): UserSession } {
    if (this.read) return this.read;
    const sessions = rowReader(this.db, UserSession, 's_');
    const users = rowReader(this.db, User, 'u_');
    const departments = rowReader(this.db, Department, 'd_');
    const sql = `SELECT ${sessions.select('s')}, ${users.select('u')}, ${departments.select('d')},
        (SELECT sum(v.n) FROM data_version v)::text AS data_version
      FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN department d ON d.id = u.department_id
      WHERE s.id = $1`;
    this.read = {
      sql,
      session: (row) => {
        const session = sessions.read(row) as UserSession;
        const user = users.read(row) as User;
        user.department = departments.read(row);
        session.user = user;
        return session;
      },
    };
    return this.read;
  }

  /**
   * Renews a session: a new access token and a new refresh token, the old refresh token spent. A refresh token that
   * does not match the session's current one (spent already, or forged) revokes the session.
   */
  async refresh(refreshToken: string): Promise<SessionTokens & { user: User }> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw unauthenticated('auth.sessionEnded');
    return this.db.transaction(async (m) => {
      const session = await m
        .createQueryBuilder(UserSession, 's')
        .setLock('pessimistic_write', undefined, ['s'])
        .innerJoinAndSelect('s.user', 'u')
        .leftJoinAndSelect('u.department', 'd')
        .where('s.id = :id', { id: parsed.sessionId })
        .getOne();
      const now = this.clock.now();
      if (!session || !this.live(session, now) || !session.user.active) throw unauthenticated('auth.sessionEnded');
      if (!sameHash(session.refreshHash, sha256(parsed.secret))) {
        await m.update(UserSession, { id: session.id }, { revokedAt: now, revokedReason: 'REFRESH_REUSED' satisfies SessionEndReason });
        return { reused: true as const };
      }
      const secret = randomBytes(32).toString('base64url');
      await m.update(UserSession, { id: session.id }, { refreshHash: sha256(secret), lastSeenAt: now });
      return { reused: false as const, user: session.user, tokens: { ...(await this.accessToken(session.userId, session.id)), refreshToken: `${session.id}.${secret}` } };
    }).then((outcome) => {
      // The revocation is committed before the refusal: a reused refresh token ends the session for good.
      if (outcome.reused) throw unauthenticated('auth.sessionEnded');
      return { ...outcome.tokens, user: outcome.user };
    });
  }

  /** Ends one session (sign-out). */
  async end(sessionId: string, reason: SessionEndReason, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.update(UserSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now(), revokedReason: reason });
  }

  /** Ends every session of a user at once (a password change or reset, a disabled account). */
  async endAll(userId: string, reason: SessionEndReason, manager: EntityManager = this.db.manager): Promise<number> {
    const result = await manager.update(UserSession, { userId, revokedAt: IsNull() }, { revokedAt: this.clock.now(), revokedReason: reason });
    return result.affected ?? 0;
  }

  /** Whether a session is still usable at `now`: not revoked, not past its end, not idle for too long. */
  private live(session: UserSession, now: Date): boolean {
    return (
      session.revokedAt === null &&
      session.expiresAt.getTime() > now.getTime() &&
      now.getTime() - session.lastSeenAt.getTime() < this.settings.idleMinutes * 60_000
    );
  }

  private async accessToken(userId: string, sessionId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync({ sub: userId, sid: sessionId } satisfies AccessPayload, { expiresIn: this.settings.accessTokenSeconds });
    return { token, expiresAt: new Date(Date.now() + this.settings.accessTokenSeconds * 1000) };
  }

  private async verify(token: string | undefined): Promise<AccessPayload | null> {
    if (!token) return null;
    try {
      const payload = await this.jwt.verifyAsync<Partial<AccessPayload>>(token);
      return typeof payload.sub === 'string' && typeof payload.sid === 'string' && UUID.test(payload.sid) ? { sub: payload.sub, sid: payload.sid } : null;
    } catch {
      return null;
    }
  }
}
