import type { TFunction } from 'i18next';
import { TargetComparator, normalizeDecimal } from '@chainboard/domain';
import type { ChainTargetFieldsFragment, PolicyFieldsFragment } from '@chainboard/web-graphql';

type Target = Pick<ChainTargetFieldsFragment, 'year' | 'metric' | 'comparator' | 'value' | 'unit'>;

/**
 * A plan target in words: "2025年目标：营业收入 达 150 亿元" (GTE → 达, GT → 超过), in English
 * "2025 target: 营业收入 ≥ 150 亿元". `line` drops the word "target" for a list of targets.
 */
export function formatTarget(target: Target, t: TFunction, style: 'headline' | 'line' = 'headline'): string {
  return t(`chains.target.${style}`, {
    year: target.year,
    metric: target.metric,
    comparator: t(`chains.comparator.${TargetComparator[target.comparator]}`),
    value: normalizeDecimal(target.value),
    unit: target.unit,
  });
}

/** The headline target of a chain: the first of its targets (the API sends the headline one first). */
export function headlineTarget<T>(targets: readonly T[]): T | null {
  return targets[0] ?? null;
}

/** A policy's period of validity: "2022-07-01 至 2025-12-31", "2022-05-01 起", … or null when it has no dates. */
export function formatValidity(policy: Pick<PolicyFieldsFragment, 'validFrom' | 'validTo'>, t: TFunction): string | null {
  const { validFrom: from, validTo: to } = policy;
  if (from && to) return t('policies.range', { from, to });
  if (from) return t('policies.validFromOpenEnded', { from });
  if (to) return t('policies.validUntil', { to });
  return null;
}
