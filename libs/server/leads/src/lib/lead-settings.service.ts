import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_LEAD_TIME_RULES, LeadTimeRules, leadTimeRulesProblem } from '@chainboard/domain';
import { AppSetting, badField } from '@chainboard/server-core';

export const LEAD_TIME_RULES_KEY = 'leadTimeRules';

/** The lead time rules an admin sets (AppSetting 'leadTimeRules'); the domain's defaults until then. */
@Injectable()
export class LeadSettingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rules(m: EntityManager = this.db.manager): Promise<LeadTimeRules> {
    const row = await m.findOne(AppSetting, { where: { key: LEAD_TIME_RULES_KEY } });
    const stored = { ...DEFAULT_LEAD_TIME_RULES, ...((row?.value as Partial<LeadTimeRules> | undefined) ?? {}) };
    // A value written by hand that breaks the rules is ignored rather than trusted.
    return leadTimeRulesProblem(stored) ? DEFAULT_LEAD_TIME_RULES : stored;
  }

  async update(rules: LeadTimeRules): Promise<LeadTimeRules> {
    const next: LeadTimeRules = {
      firstContactWorkingDays: rules.firstContactWorkingDays,
      assessmentWorkingDays: rules.assessmentWorkingDays,
      staleDays: rules.staleDays,
    };
    const problem = leadTimeRulesProblem(next);
    if (problem) throw badField(problem.field, problem.key, problem.params);
    // In a transaction, as every write: the audit trail records who changed the rules.
    await this.db.transaction((m) => m.upsert(AppSetting, { key: LEAD_TIME_RULES_KEY, value: next }, ['key']));
    return this.rules();
  }
}
