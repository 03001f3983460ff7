import { Global, Module, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder } from '@chainboard/server-core';
import { AuditEntry } from './audit-entry.entity';
import { AuditLoaders } from './audit-loaders';
import { AuditInterceptor } from './audit.interceptor';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditActorSubscriber } from './audit-subscriber';

/**
 * The audit trail. The database writes it (a trigger on every audited table, in the transaction of the change) and
 * refuses to change it; this module hands each request's actor to the transactions it opens (an interceptor keeps
 * the actor for the request, a TypeORM subscriber sets it on each transaction) and reads the trail for admins. It
 * provides every feature the AuditRecorder, to append the entries no row change writes (sign-ins, exports).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditService, AuditLoaders, AuditResolver, { provide: AuditRecorder, useExisting: AuditService }, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditService, AuditLoaders, AuditRecorder],
})
export class AuditModule implements OnModuleInit {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    if (!this.db.subscribers.some((s) => s instanceof AuditActorSubscriber)) this.db.subscribers.push(new AuditActorSubscriber());
  }
}
