import { IndicatorActual } from './indicator-actual.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { RankingEntry } from './ranking.entity';

export const TARGET_ENTITIES = [PlanIndicator, IndicatorActual, RankingEntry];
