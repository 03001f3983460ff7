import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { badField, unauthenticated } from '@chainboard/server-core';
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
  ) {}

  /** Checks the password and starts a session. */
  async signIn(username: string, password: string, client: ClientInfo = {}): Promise<SessionTokens & { user: User }> {
    const user = await this.users.findOne({ where: { username: username.trim() } });
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok) throw unauthenticated('auth.invalidCredentials');
    if (!user.active) throw unauthenticated('auth.inactive');
    const tokens = await this.users.manager.transaction(async (m) => {
      await m.update(User, { id: user.id }, { lastSignInAt: new Date() });
      return this.sessions.start(user, client, m);
    });
    return { ...tokens, user };
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
