import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { User } from './user.entity';

/**
 * A signed-in session, kept on the server: every request's access token names one, and the request is refused once it
 * is revoked (sign-out, a password change, a disabled account), idle too long, or past its absolute end. The refresh
 * token that renews the access token is kept as a hash only, and changes at every renewal.
 */
@Entity({ name: 'user_session' })
export class UserSession {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The last request (or renewal) of the session; updated at most once a minute. */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  /** The absolute end of the session, however active it is. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Why it was revoked: SIGNED_OUT, PASSWORD_CHANGED, PASSWORD_RESET, DISABLED, REFRESH_REUSED. */
  @Column({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;

  /** SHA-256 (hex) of the session's current refresh secret. */
  @Column({ name: 'refresh_hash', type: 'varchar', length: 64 })
  refreshHash: string;

  @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;
}
