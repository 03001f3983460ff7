import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, canSeeConfidential } from '@chainboard/domain';
import { currentLanguage, forbidden, translate } from '@chainboard/server-core';
import { chainLedBySql, ChainsService, IndustryChain } from '@chainboard/server-chains';
import { Lead } from './lead.entity';

const MASKED = new WeakSet<object>();

/** Whether a lead was masked for the user reading it. */
export function isMasked(lead: Lead): boolean {
  return MASKED.has(lead);
}

/**
 * Who sees what of a lead. A confidential lead shows to those without access (canSeeConfidential in the domain)
 * under its code name (or a generic 保密线索), with no company, investment, next action, reason, contacts,
 * project or prospect; text search and the company filters never find it for them, and the company page
 * leaves it out. Every lead the API returns goes through present().
 */
@Injectable()
export class LeadAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainsService,
  ) {}

  /** The leads as the actor may see them, in the same order: confidential ones masked where the actor has no access. One SQL statement. */
  async present(actor: Actor, leads: Lead[], m: EntityManager = this.db.manager): Promise<Lead[]> {
    if (!leads.length) return leads;
    const leaders = await this.chains.leaders([...new Set(leads.map((l) => l.chainId))], m);
    return leads.map((l) => (this.sees(actor, l, leaders.get(l.chainId) ?? '') ? l : mask(l)));
  }

  async presentOne(actor: Actor, lead: Lead, m: EntityManager = this.db.manager): Promise<Lead> {
    return (await this.present(actor, [lead], m))[0];
  }

  sees(actor: Actor, lead: Pick<Lead, 'confidential' | 'ownerId'>, chainLeaderId: string): boolean {
    return canSeeConfidential(actor, { confidential: lead.confidential, ownerId: lead.ownerId, chainLeaderId });
  }

  /**
   * SQL that is true for a lead row (alias) the actor sees as it is; parameters named :accessActor and :accessAll.
   * The same rule as canSeeConfidential: not confidential, or seen by everyone of the actor's role, or owned or led.
   */
  visibleSql(actor: Actor, alias = 'l'): { sql: string; params: { accessActor: string; accessAll: boolean } } {
    const all = canSeeConfidential(actor, { confidential: true, ownerId: null, chainLeaderId: '' });
    return {
      sql: `(NOT ${alias}.confidential OR :accessAll OR ${alias}.owner_id = :accessActor
             OR ${chainLedBySql(`${alias}.chain_id`, 'accessActor')})`,
      params: { accessActor: actor.id, accessAll: all },
    };
  }

  /** Refuses a lead the actor may not see as it is (a masked lead cannot be edited). */
  assertSees(actor: Actor, lead: Lead, chain: IndustryChain): void {
    if (!this.sees(actor, lead, chain.leaderId)) throw forbidden();
  }
}

/** A copy of the lead with what identifies the company hidden, marked as masked. */
function mask(lead: Lead): Lead {
  const copy: Lead = Object.assign(Object.create(Object.getPrototypeOf(lead)) as Lead, lead, {
    title: lead.codeName?.trim() || translate(currentLanguage(), 'lead.maskedTitle'),
    companyId: null,
    company: null,
    intendedInvestment: null,
    nextAction: null,
    closeReason: null,
    projectId: null,
    searchText: '',
    searchTokens: [],
  });
  MASKED.add(copy);
  return copy;
}
