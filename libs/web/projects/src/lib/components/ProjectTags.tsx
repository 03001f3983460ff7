import { Tag, Tooltip, theme } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HealthLight, HealthRuleFired, InvestmentTier, ProjectStage } from '@chainboard/web-graphql';
import { PROJECTS_TEXTS } from '../../i18n';

const STAGE_COLORS: Record<ProjectStage, string> = {
  NEGOTIATING: 'default',
  SIGNED: 'blue',
  REGISTERED: 'cyan',
  CONSTRUCTION_STARTED: 'geekblue',
  IN_PRODUCTION: 'purple',
  AT_FULL_CAPACITY: 'green',
  ON_HOLD: 'orange',
  DROPPED: 'red',
};

export function StageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  return (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {t(`projectStage.${stage}`)}
    </Tag>
  );
}

/** The investment tier (≥ 30亿, 10–30亿, 1–10亿, < 1亿), computed by the API from the agreed amount. */
export function TierTag({ tier }: { tier: InvestmentTier | null | undefined }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  if (!tier) return null;
  return (
    <Tag color={tier === 'TIER_30_PLUS' ? 'volcano' : tier === 'TIER_10_30' ? 'gold' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`tier.${tier}`)}
    </Tag>
  );
}

/** What set a light, in words: the late milestone or the days without an update; "on track" for green. */
export function lightRuleText(light: HealthLight | null | undefined, rule: Pick<HealthRuleFired, 'code' | 'days' | 'milestone'> | null | undefined, t: TFunction): string {
  if (!light) return t('light.none');
  if (!rule) return t('light.onTrack');
  return rule.code === 'MILESTONE_LATE' ? t('light.rule.MILESTONE_LATE', { milestone: rule.milestone ?? '', days: rule.days }) : t('light.rule.NO_UPDATE', { days: rule.days });
}

export interface LightDotProps {
  light: HealthLight | null | undefined;
  rule?: Pick<HealthRuleFired, 'code' | 'days' | 'milestone'> | null;
  /** Show the light's name beside the dot. */
  withLabel?: boolean;
}

/** The health light (红黄绿灯) as a dot, with the rule that fired as its tooltip and accessible name. */
export function LightDot({ light, rule, withLabel = false }: LightDotProps) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const { token } = theme.useToken();
  const color = light === 'RED' ? token.colorError : light === 'YELLOW' ? token.colorWarning : light === 'GREEN' ? token.colorSuccess : token.colorTextQuaternary;
  const name = light ? t(`light.${light}`) : t('light.none');
  const why = lightRuleText(light, rule, t);
  return (
    <Tooltip title={why}>
      <span role="img" aria-label={t('light.label', { light: name, rule: why })} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <span style={{ width: 10, height: 10, borderRadius: '50%', background: color, display: 'inline-block', flex: 'none' }} />
        {withLabel && <span>{name}</span>}
      </span>
    </Tooltip>
  );
}
