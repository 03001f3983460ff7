import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditedExport } from '@chainboard/server-core';
import { Allow, User, UserLoaders } from '@chainboard/server-users';
import { AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';
import { AuditEntryPage, AuditTrailFile } from './audit.types';
import { AuditEntriesInput } from './dto/audit.inputs';

/** The audit trail, for those who audit (admins): search it by record, user and dates. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly service: AuditService,
    private readonly users: UserLoaders,
  ) {}

  @Allow('audit.read')
  @Query(() => AuditEntryPage, { description: 'The audit trail, newest first, filtered by record, user and date range' })
  auditEntries(@Args('input', { type: () => AuditEntriesInput, nullable: true }) input?: AuditEntriesInput): Promise<AuditEntryPage> {
    return this.service.entries(input ?? new AuditEntriesInput());
  }

  @Allow('audit.read')
  @AuditedExport('auditTrail')
  @Mutation(() => AuditTrailFile, { description: 'The audit trail with the filters of auditEntries (not its page) as .xlsx, newest first, at most 50,000 entries' })
  exportAuditEntries(@Args('input', { type: () => AuditEntriesInput, nullable: true }) input?: AuditEntriesInput): Promise<AuditTrailFile> {
    return this.service.exportFile(input ?? new AuditEntriesInput());
  }

  @ResolveField(() => User, { nullable: true, description: 'Who made the change' })
  actor(@Parent() entry: AuditEntry, @Context() ctx: object): Promise<User | null> | null {
    return entry.actorId ? this.users.user(ctx).load(entry.actorId) : null;
  }
}
