export * from './lib/lead.entity';
export * from './lib/interaction.entity';
export * from './lib/prospect.entity';
export * from './lib/leads.module';
export { NodeLeadsResolver } from './lib/leads.resolver';

import { Interaction } from './lib/interaction.entity';
import { Lead, LeadNode } from './lib/lead.entity';
import { Prospect } from './lib/prospect.entity';
export const LEAD_ENTITIES = [Lead, LeadNode, Interaction, Prospect];
