export * from './lib/audit-entry.entity';
export * from './lib/audit-context';
export * from './lib/audit.types';
export * from './lib/audit.service';
export * from './lib/audit-loaders';
export * from './lib/audit.module';
export { AuditActorSubscriber } from './lib/audit-subscriber';
export * from './lib/dto/audit.inputs';
export { AuditResolver } from './lib/audit.resolver';

import { AuditEntry } from './lib/audit-entry.entity';
export const AUDIT_ENTITIES = [AuditEntry];
