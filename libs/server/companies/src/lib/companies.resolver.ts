import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { COMPANY_LIMITS } from '@chainboard/domain';
import { ChainLoaders, ChainNode, ChainRef } from '@chainboard/server-chains';
import { badInput, IdPipe, PageArgs, SubListArgs, subListWindow, subListCount, subListRows } from '@chainboard/server-core';
import { AuditEntry, AuditLoaders } from '@chainboard/server-audit';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { CompaniesService } from './companies.service';
import { CompanyTag } from './company-list.entity';
import { Company } from './company.entity';
import { CompanyLoaders } from './company-loaders';
import { CompanyDuplicate, CompanyPage } from './company.types';
import { CompanyListInput, CreateCompanyInput, MergeCompaniesInput, SetCompanyNodeInput, UpdateCompanyInput } from './dto/company.inputs';
import { NodeCompany } from './node-company.entity';

@Resolver(() => Company)
export class CompaniesResolver {
  constructor(private readonly service: CompaniesService) {}

  @Allow('company.read')
  @Query(() => Company, { description: "A company's page: profile, tags, chain-map places, leads, projects, prospects and contacts" })
  company(@Args('id', { type: () => ID }, new IdPipe('companyId')) id: string): Promise<Company> {
    return this.service.get(id);
  }

  @Allow('company.read')
  @Query(() => CompanyPage, { description: 'The company table: filters, sort and one page, with the total' })
  companies(@Args('input', { type: () => CompanyListInput, nullable: true }) input?: CompanyListInput): Promise<CompanyPage> {
    return this.service.list(input ?? new CompanyListInput());
  }

  @Allow('company.read')
  @Query(() => [CompanyDuplicate], {
    description: 'Companies a new entry may duplicate: the same credit code, or a name that reduces alike (for the quick form, as the user types)',
  })
  companyDuplicates(@Args('name') name: string, @Args('creditCode', { type: () => String, nullable: true }) creditCode?: string | null): Promise<CompanyDuplicate[]> {
    if (name.length > COMPANY_LIMITS.name) throw badInput('input.tooLong', { field: 'name', max: COMPANY_LIMITS.name });
    if (creditCode && creditCode.length > COMPANY_LIMITS.creditCodeInput) throw badInput('input.tooLong', { field: 'creditCode', max: COMPANY_LIMITS.creditCodeInput });
    return this.service.duplicates(name, creditCode);
  }

  @Allow('company.edit')
  @Mutation(() => Company, { description: 'Creates a company; a taken credit code is refused, and a duplicate name unless allowDuplicate' })
  createCompany(@Args('input') input: CreateCompanyInput): Promise<Company> {
    return this.service.create(input);
  }

  @Allow('company.edit')
  @Mutation(() => Company)
  updateCompany(@Args('input') input: UpdateCompanyInput): Promise<Company> {
    return this.service.update(input);
  }

  @Allow('company.merge')
  @Mutation(() => Company, { description: 'Merges two records of one company into the survivor, moving everything; returns the survivor' })
  mergeCompanies(@CurrentUser() user: User, @Args('input') input: MergeCompaniesInput): Promise<Company> {
    return this.service.merge(user, input);
  }

  @Allow('company.edit')
  @Mutation(() => NodeCompany, { description: 'Puts a company on a chain-map node in a role, or changes its role there' })
  setCompanyNode(@Args('input') input: SetCompanyNodeInput): Promise<NodeCompany> {
    return this.service.setNode(input);
  }

  @Allow('company.delete')
  @Mutation(() => ID, { description: 'Deletes a company into the recycle bin (refused while live leads, projects or prospects point at it); returns its id' })
  async deleteCompany(@CurrentUser() user: User, @Args('id', { type: () => ID }, new IdPipe('companyId')) id: string): Promise<string> {
    await this.service.softDelete(user, id);
    return id;
  }

  @Allow('record.restore')
  @Mutation(() => Company, { description: 'Restores a company from the recycle bin' })
  restoreCompany(@Args('id', { type: () => ID }, new IdPipe('companyId')) id: string): Promise<Company> {
    return this.service.restore(id);
  }

  @Allow('record.restore')
  @Query(() => CompanyPage, { description: 'The recycle bin: deleted companies, most recently deleted first' })
  deletedCompanies(@Args('page', { type: () => PageArgs, nullable: true }) page?: PageArgs): Promise<CompanyPage> {
    return this.service.deleted(page?.offset ?? 0, page?.limit ?? 50);
  }

  @Allow('company.edit')
  @Mutation(() => ID, { description: 'Takes a company off a chain-map node; returns the id of the link removed' })
  removeCompanyNode(
    @Args('companyId', { type: () => ID }, new IdPipe('companyId')) companyId: string,
    @Args('nodeId', { type: () => ID }, new IdPipe('nodeId')) nodeId: string,
  ): Promise<string> {
    return this.service.removeNode(companyId, nodeId);
  }
}

/** A company's tags and places on the chain maps, batched per request. */
@Resolver(() => Company)
export class CompanyFieldsResolver {
  constructor(
    private readonly loaders: CompanyLoaders,
    private readonly audit: AuditLoaders,
  ) {}

  @ResolveField(() => [AuditEntry], {
    description: "The company's field history from the audit trail, newest first, one window of it (its list tags, map places and prospect entries included)",
  })
  history(@Parent() company: Company, @Args() args: SubListArgs, @Context() ctx: object): Promise<AuditEntry[]> {
    return this.audit.history(ctx, 'company', subListWindow(args)).load(company.id);
  }

  @ResolveField(() => Int, { description: 'Entries in the history' })
  historyCount(company: Company, _args: unknown, ctx: object): Promise<number> {
    return this.audit.historyCount(ctx, 'company').load(company.id);
  }

  @ResolveField(() => [CompanyTag], { description: 'List memberships, newest year first' })
  tags(company: Company, _args: unknown, ctx: object): Promise<CompanyTag[]> {
    return this.loaders.tags(ctx).load(company.id);
  }

  @ResolveField(() => [NodeCompany], { description: 'Where the company sits on the chain maps, with its role there' })
  nodes(company: Company, _args: unknown, ctx: object): Promise<NodeCompany[]> {
    return this.loaders.placesOfCompany(ctx).load(company.id);
  }
}

@Resolver(() => NodeCompany)
export class NodeCompanyFieldsResolver {
  constructor(private readonly chains: ChainLoaders) {}

  @ResolveField(() => ChainNode, { description: 'The node' })
  async node(link: NodeCompany, _args: unknown, ctx: object): Promise<ChainNode> {
    return (await this.chains.node(ctx).load(link.nodeId))!;
  }

  @ResolveField(() => ChainRef, { description: "The node's chain" })
  async chain(link: NodeCompany, _args: unknown, ctx: object): Promise<ChainRef> {
    return (await this.chains.chainOfNode(ctx).load(link.nodeId))!;
  }
}

/** Adds the companies on a node to the chain-map node type, batched per request. */
@Resolver(() => ChainNode)
export class NodeCompaniesResolver {
  constructor(private readonly loaders: CompanyLoaders) {}

  @ResolveField(() => [NodeCompany], { description: 'One page of the companies on the node: anchors first, then local, then targets; by name within a role' })
  companies(@Parent() node: ChainNode, @Args() args: SubListArgs, @Context() ctx: object): Promise<NodeCompany[]> {
    return subListRows(ctx, 'node.companies', node.id, this.loaders.onNode(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many companies are on the node' })
  companyCount(node: ChainNode, _args: unknown, ctx: object): Promise<number> {
    return subListCount(ctx, 'node.companies', node.id, () => this.loaders.countOnNode(ctx).load(node.id));
  }
}
