import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_PROJECT_HEALTH_RULES, ProjectHealthRules, projectHealthRulesProblem } from '@chainboard/domain';
import { AppSetting, badField } from '@chainboard/server-core';

export const PROJECT_HEALTH_RULES_KEY = 'projectHealthRules';

/** The project health rules an admin sets (AppSetting 'projectHealthRules'); the domain's defaults until then. */
@Injectable()
export class ProjectSettingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async healthRules(m: EntityManager = this.db.manager): Promise<ProjectHealthRules> {
    const row = await m.findOne(AppSetting, { where: { key: PROJECT_HEALTH_RULES_KEY } });
    const stored = { ...DEFAULT_PROJECT_HEALTH_RULES, ...((row?.value as Partial<ProjectHealthRules> | undefined) ?? {}) };
    // A value written by hand that breaks the rules is ignored rather than trusted.
    return projectHealthRulesProblem(stored) ? DEFAULT_PROJECT_HEALTH_RULES : stored;
  }

  async updateHealthRules(rules: ProjectHealthRules): Promise<ProjectHealthRules> {
    const next: ProjectHealthRules = {
      milestoneYellowAtDaysLate: rules.milestoneYellowAtDaysLate,
      milestoneRedAtDaysLate: rules.milestoneRedAtDaysLate,
      noUpdateYellowAtDays: rules.noUpdateYellowAtDays,
      noUpdateRedAtDays: rules.noUpdateRedAtDays,
    };
    const problem = projectHealthRulesProblem(next);
    if (problem) throw badField(problem.field, problem.key, problem.params);
    // In a transaction, as every write: the audit trail records who changed the rules.
    await this.db.transaction((m) => m.upsert(AppSetting, { key: PROJECT_HEALTH_RULES_KEY, value: next }, ['key']));
    return this.healthRules();
  }
}
