export * from './lib/lead.entity';
export * from './lib/leads.module';
export { NodeLeadsResolver } from './lib/leads.resolver';

import { Lead, LeadNode } from './lib/lead.entity';
export const LEAD_ENTITIES = [Lead, LeadNode];
