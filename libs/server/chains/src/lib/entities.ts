import { ChainEdge } from './chain-edge.entity';
import { ChainMap } from './chain-map.entity';
import { ChainNode } from './chain-node.entity';
import { ChainTarget } from './chain-target.entity';
import { IndustryChain } from './industry-chain.entity';
import { PolicySet } from './policy-set.entity';
import { Policy } from './policy.entity';
import { WorkPlan } from './work-plan.entity';
import { WorkPlanTask } from './work-plan-task.entity';

export const CHAIN_ENTITIES = [IndustryChain, ChainMap, ChainNode, ChainEdge, WorkPlan, WorkPlanTask, PolicySet, Policy, ChainTarget];
