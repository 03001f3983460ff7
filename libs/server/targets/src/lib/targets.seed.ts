import { join } from 'path';
import { EntityManager } from 'typeorm';
import { ComputedIndicator, IndicatorAttribute, INDICATOR_ATTRIBUTE_TEXT, IndicatorOrigin, isDecimalString, PLAN_PROJECT_TARGETS } from '@chainboard/domain';
import { readSeedFile, SeedStep, seedFiles } from '@chainboard/server-database';
import { PlanIndicator } from './plan-indicator.entity';

/** One indicator as seeds/targets writes it: baseline and target as the plan prints them (a figure, "—" or words). */
export interface IndicatorSeed {
  code: string;
  category: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  attribute: string;
  cumulative?: boolean;
  computed?: ComputedIndicator;
  quote?: string;
}

/** A file of seeds/targets: the plan's table 2 (`indicators`) and the targets only its text states (`textTargets`). */
export interface TargetsSeedFile {
  baselineYear: number;
  targetYear: number;
  indicators?: IndicatorSeed[];
  textTargets?: IndicatorSeed[];
}

/** One indicator as the step reads it: with its file's years and where the plan states it. */
export type IndicatorSeedUnit = IndicatorSeed & { baselineYear: number; targetYear: number; origin: IndicatorOrigin };

/** The dash the plan prints where it gives no figure. */
export const NO_FIGURE = '—';

/** A cell of the plan as stored: a figure, words, or neither ("—"). */
export function parseCell(cell: string): { value: string | null; text: string | null } {
  const text = String(cell).trim();
  if (text === NO_FIGURE) return { value: null, text: null };
  return isDecimalString(text) ? { value: text, text: null } : { value: null, text };
}

function attributeOf(text: string): IndicatorAttribute | undefined {
  return (Object.keys(INDICATOR_ATTRIBUTE_TEXT) as IndicatorAttribute[]).find((a) => INDICATOR_ATTRIBUTE_TEXT[a] === text);
}

/** The computed indicators whose targets are the projects feature's PLAN_PROJECT_TARGETS, which the seed must repeat exactly. */
const PROJECT_TARGETS: Partial<Record<ComputedIndicator, number>> = {
  [ComputedIndicator.PROJECTS_INDUSTRIALISATION]: PLAN_PROJECT_TARGETS.industrialisation,
  [ComputedIndicator.PROJECTS_TIER_30_PLUS]: PLAN_PROJECT_TARGETS.tier30Plus,
  [ComputedIndicator.PROJECTS_TIER_10_30]: PLAN_PROJECT_TARGETS.tier10To30,
};

/** The plan's indicators of seeds/targets, added once; what users later enter against them is theirs. */
export const targetsSeed: SeedStep<IndicatorSeedUnit[]> = {
  name: 'indicators',
  read(dir) {
    return seedFiles(join(dir, 'targets')).flatMap((path) => {
      const f = readSeedFile<TargetsSeedFile>(path);
      const years = { baselineYear: f.baselineYear, targetYear: f.targetYear };
      return [
        ...(f.indicators ?? []).map((i) => ({ ...i, ...years, origin: IndicatorOrigin.TABLE_2 })),
        ...(f.textTargets ?? []).map((i) => ({ ...i, ...years, origin: IndicatorOrigin.PLAN_TEXT })),
      ];
    });
  },
  problems(units) {
    const problems: string[] = [];
    const codes = new Set<string>();
    {
      for (const i of units) {
        const where = `targets: indicator ${i.code}`;
        if (!Number.isInteger(i.baselineYear) || !Number.isInteger(i.targetYear) || i.targetYear <= i.baselineYear) {
          problems.push(`${where}: baselineYear and targetYear must be years, the target after the baseline`);
        }
        if (!i.code || codes.has(i.code)) problems.push(`${where}: the code is missing or used twice`);
        codes.add(i.code);
        if (!i.category || !i.name || !i.unit) problems.push(`${where}: category, name and unit are required`);
        if (!attributeOf(i.attribute)) problems.push(`${where}: attribute must be 预期性 or 约束性`);
        if (i.computed && !Object.values(ComputedIndicator).includes(i.computed)) problems.push(`${where}: unknown computed indicator ${i.computed}`);
        const target = parseCell(i.target);
        if (target.value === null && target.text === null) problems.push(`${where}: the target is missing`);
        if (i.computed && target.value === null) problems.push(`${where}: a computed indicator needs a figure as its target`);
        const planned = i.computed ? PROJECT_TARGETS[i.computed] : undefined;
        if (planned !== undefined && target.value !== String(planned)) problems.push(`${where}: the target must equal PLAN_PROJECT_TARGETS (${planned})`);
      }
    }
    return problems;
  },
  async load(m: EntityManager, units, context) {
    if (await context.applied('targets:plan')) return 0;
    let added = 0;
    let sortOrder = 0;
    for (const i of units) {
      sortOrder += 10;
      if (await m.existsBy(PlanIndicator, { code: i.code })) continue;
      const baseline = parseCell(i.baseline);
      const target = parseCell(i.target);
      await m.insert(PlanIndicator, {
        code: i.code,
        category: i.category,
        name: i.name,
        unit: i.unit,
        baselineYear: i.baselineYear,
        baselineValue: baseline.value,
        baselineText: baseline.text,
        targetYear: i.targetYear,
        targetValue: target.value,
        targetText: target.text,
        cumulative: i.cumulative ?? false,
        attribute: attributeOf(i.attribute) as IndicatorAttribute,
        origin: i.origin,
        computed: i.computed ?? null,
        quote: i.quote ?? '',
        sortOrder,
      });
      added++;
    }
    await context.markApplied('targets:plan');
    return added;
  },
};
