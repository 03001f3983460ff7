import { Injectable, Optional } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { AuditRecorder, badField, unauthenticated } from '@chainboard/server-core';
import { assertPasswordPolicy } from './password-policy';
import { ClientInfo, SessionsService, SessionTokens } from './sessions.service';
import { User } from './user.entity';

/** argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Whether the password matches the stored hash (false for a hash that is not one). */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Why a sign-in was refused, as the audit trail records it (never told to the client, who sees one message). */
export type SignInRefusal = 'unknown_user' | 'wrong_password' | 'locked' | 'disabled';

interface TokenPayload {
  sub: string;
}

@Injectable()
export class AuthService {
  /** Compared against when the username is unknown, so both failures take the same time. */
  private readonly dummyHash = hashPassword('chainboard-timing-guard');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    @Optional() private readonly audit?: AuditRecorder,
  ) {}

  /**
   * Checks the password and starts a session. The trail records the sign-in with the session, and a refused one in a
   * transaction of its own: the username as typed (never the password), the address, and why.
   */
  async signIn(username: string, password: string, client: ClientInfo = {}): Promise<SessionTokens & { user: User }> {
    const user = await this.users.findOne({ where: { username: username.trim() } });
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    const refusal: SignInRefusal | null = !user ? 'unknown_user' : !ok ? 'wrong_password' : !user.active ? 'disabled' : null;
    if (refusal) {
      await this.recordRefusedSignIn(username, refusal, client, user?.id ?? null);
      throw unauthenticated(refusal === 'disabled' ? 'auth.inactive' : 'auth.invalidCredentials');
    }
    const signedIn = user as User;
    const tokens = await this.users.manager.transaction(async (m) => {
      await m.update(User, { id: signedIn.id }, { lastSignInAt: new Date() });
      await this.audit?.record(m, {
        action: 'sign_in',
        entityType: 'app_user',
        entityId: signedIn.id,
        actorId: signedIn.id,
        address: client.address ?? null,
        after: { username: signedIn.username },
      });
      return this.sessions.start(signedIn, client, m);
    });
    return { ...tokens, user: signedIn };
  }

  /** Records a refused sign-in in a transaction of its own (the refusal writes nothing else). */
  async recordRefusedSignIn(username: string, reason: SignInRefusal, client: ClientInfo = {}, userId: string | null = null): Promise<void> {
    const audit = this.audit;
    if (!audit) return;
    const typed = username.slice(0, 200);
    await this.users.manager.transaction((m) =>
      audit.record(m, {
        action: 'sign_in_failed',
        entityType: 'app_user',
        entityId: userId ?? typed,
        address: client.address ?? null,
        after: { username: typed, reason },
      }),
    );
  }

  /**
   * The user changes their own password: the current one is checked, the new one must keep the policy and differ.
   * Every session of the user ends (elsewhere too) and a new one starts for this client.
   */
  async changePassword(user: User, currentPassword: string, newPassword: string, client: ClientInfo = {}): Promise<SessionTokens & { user: User }> {
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw badField('currentPassword', 'auth.wrongCurrentPassword');
    assertPasswordPolicy(newPassword, user.username, 'newPassword');
    if (newPassword === currentPassword) throw badField('newPassword', 'password.sameAsCurrent');
    const passwordHash = await hashPassword(newPassword);
    const tokens = await this.users.manager.transaction(async (m) => {
      await m.update(User, { id: user.id }, { passwordHash, mustChangePassword: false });
      await this.sessions.endAll(user.id, 'PASSWORD_CHANGED', m);
      return this.sessions.start(user, client, m);
    });
    const [changed] = await this.users.find({ where: { id: user.id } });
    return { ...tokens, user: changed };
  }

  /** The user id a bearer token names when its signature and expiry check out, without reading the database. */
  async subjectOfToken(token: string | undefined): Promise<string | null> {
    if (!token) return null;
    try {
      return (await this.jwt.verifyAsync<TokenPayload>(token)).sub;
    } catch {
      return null;
    }
  }
}
