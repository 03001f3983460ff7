import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { unauthenticated } from '@chainboard/server-core';
import { User } from './user.entity';

/** argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
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
  ) {}

  async signIn(username: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.users.findOne({ where: { username: username.trim() } });
    const ok = await verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !ok) throw unauthenticated('auth.invalidCredentials');
    if (!user.active) throw unauthenticated('auth.inactive');
    const token = await this.jwt.signAsync({ sub: user.id } satisfies TokenPayload);
    return { token, user };
  }

  /** The active user a bearer token names, or null when the token is missing, invalid, expired or the user disabled. */
  async userFromToken(token: string | undefined): Promise<User | null> {
    const subject = await this.subjectOfToken(token);
    if (!subject) return null;
    // find, not findOne: the id is unique, and without a LIMIT TypeORM reads the user and department in one statement.
    const [user] = await this.users.find({ where: { id: subject } });
    return user?.active ? user : null;
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
