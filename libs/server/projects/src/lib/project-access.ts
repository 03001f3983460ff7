import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, canSeeConfidential } from '@chainboard/domain';
import { currentLanguage, forbidden, translate } from '@chainboard/server-core';
import { chainLedBySql, ChainsService, IndustryChain } from '@chainboard/server-chains';
import { Project } from './project.entity';

const MASKED = new WeakSet<object>();

/** Whether a project was masked for the user reading it. */
export function isProjectMasked(project: Project): boolean {
  return MASKED.has(project);
}

/**
 * Who sees what of a project: the rule of confidential leads (canSeeConfidential in libs/domain) with the project's
 * owner. A confidential project shows to those without access under its code name (or a generic 保密项目), with no
 * company, amounts, registration, carrier, reasons, funds, updates, issues or timeline; text search and the company
 * filter never find it for them. Every project the API returns goes through present().
 */
@Injectable()
export class ProjectAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainsService,
  ) {}

  /**
   * The projects as the actor may see them, in the same order: one SQL statement, none when nothing is confidential
   * (or, with `always`, one whenever there are projects, so that a page costs the same whatever it holds).
   */
  async present(actor: Actor, projects: Project[], m: EntityManager = this.db.manager, opts: { always?: boolean } = {}): Promise<Project[]> {
    const confidentialChains = [...new Set(projects.filter((p) => p.confidential || opts.always).map((p) => p.chainId))];
    if (!confidentialChains.length) return projects;
    const leaders = await this.chains.leaders(confidentialChains, m);
    return projects.map((p) => (this.sees(actor, p, leaders.get(p.chainId) ?? '') ? p : maskProject(p)));
  }

  async presentOne(actor: Actor, project: Project, m: EntityManager = this.db.manager): Promise<Project> {
    return (await this.present(actor, [project], m))[0];
  }

  sees(actor: Actor, project: Pick<Project, 'confidential' | 'ownerId'>, chainLeaderId: string): boolean {
    return canSeeConfidential(actor, { confidential: project.confidential, ownerId: project.ownerId, chainLeaderId });
  }

  /**
   * SQL true for a project row (alias) the actor sees as it is; parameters :projectViewer and :projectViewAll.
   * The same rule as canSeeConfidential: not confidential, or seen by every one of the actor's role, or owned or led.
   */
  visibleSql(actor: Actor, alias = 'p'): { sql: string; params: { projectViewer: string; projectViewAll: boolean } } {
    const all = canSeeConfidential(actor, { confidential: true, ownerId: null, chainLeaderId: '' });
    return {
      sql: `(NOT ${alias}.confidential OR :projectViewAll OR ${alias}.owner_id = :projectViewer
             OR ${chainLedBySql(`${alias}.chain_id`, 'projectViewer')})`,
      params: { projectViewer: actor.id, projectViewAll: all },
    };
  }

  /** Refuses a project the actor may not see as it is (a masked project cannot be changed). */
  assertSees(actor: Actor, project: Project, chain: IndustryChain): void {
    if (!this.sees(actor, project, chain.leaderId)) throw forbidden();
  }
}

/** A copy of the project with what identifies it hidden, marked as masked. */
function maskProject(project: Project): Project {
  const copy: Project = Object.assign(Object.create(Object.getPrototypeOf(project)) as Project, project, {
    name: project.codeName?.trim() || translate(currentLanguage(), 'project.maskedName'),
    companyId: null,
    company: null,
    leadId: null,
    agreedInvestment: null,
    foreignAmount: null,
    foreignCurrency: null,
    carrier: null,
    landAreaMu: null,
    floorSpaceM2: null,
    expectedOutput: null,
    expectedTax: null,
    expectedJobs: null,
    registeredCompanyName: null,
    registeredCreditCode: null,
    holdReason: null,
    dropReason: null,
    searchText: '',
    searchTokens: [],
  });
  MASKED.add(copy);
  return copy;
}
