import { IndicatorActual } from './indicator-actual.entity';
import { PlanIndicator } from './plan-indicator.entity';

export const TARGET_ENTITIES = [PlanIndicator, IndicatorActual];
