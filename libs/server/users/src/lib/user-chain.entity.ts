import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A chain a user is assigned to beyond the chain they lead and the chains their department leads (e.g. investment
 * staff working a chain): the permissions table counts it among the user's own chains. The chain is the chains
 * feature's; its foreign key names the entity by name, so that this feature need not import that one.
 */
@Entity({ name: 'user_chain' })
export class UserChain {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index()
  @PrimaryColumn({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne('IndustryChain', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: unknown;
}
