import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { COMPANY_LIMITS } from '@chainboard/domain';
import { ChainNode } from '@chainboard/server-chains';
import { badInput, groupByKeys, IdPipe, requestLoader } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { CompaniesService } from './companies.service';
import { CompanyTag } from './company-list.entity';
import { Company } from './company.entity';
import { ChainRef, CompanyDuplicate, CompanyPage } from './company.types';
import { CompanyListInput, CreateCompanyInput, MergeCompaniesInput, SetCompanyNodeInput, UpdateCompanyInput } from './dto/company.inputs';
import { NodeCompany } from './node-company.entity';
import { chainOfNodeLoader, nodeLoader } from './ref-loaders';

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [CompanyTag], { description: 'List memberships, newest year first' })
  tags(@Parent() company: Company, @Context() ctx: object): Promise<CompanyTag[]> {
    return requestLoader<string, CompanyTag[]>(ctx, 'company.tags', async (ids) => {
      const rows = await this.db.manager.find(CompanyTag, { where: { companyId: In([...ids]) }, order: { year: 'DESC', list: { name: 'ASC' } } });
      return groupByKeys(ids, rows, (r) => r.companyId);
    }).load(company.id);
  }

  @ResolveField(() => [NodeCompany], { description: 'Where the company sits on the chain maps, with its role there' })
  nodes(@Parent() company: Company, @Context() ctx: object): Promise<NodeCompany[]> {
    return requestLoader<string, NodeCompany[]>(ctx, 'company.nodes', async (ids) => {
      const rows: Array<{ id: string; company_id: string }> = await this.db.query(
        `SELECT nc.id, nc.company_id FROM chain_node_company nc
           JOIN chain_segment s ON s.id = nc.segment_id JOIN chain_map m ON m.id = s.map_id JOIN industry_chain c ON c.id = m.chain_id
          WHERE nc.company_id = ANY($1) ORDER BY c.sort_order, s.sort_order, s.name`,
        [ids],
      );
      const links = await this.db.manager.find(NodeCompany, { where: { id: In(rows.map((r) => r.id)) } });
      const byId = new Map(links.map((l) => [l.id, l]));
      return groupByKeys(ids, rows, (r) => r.company_id).map((group) => group.map((r) => byId.get(r.id)!).filter(Boolean));
    }).load(company.id);
  }
}

@Resolver(() => NodeCompany)
export class NodeCompanyFieldsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => ChainNode, { description: 'The node' })
  async node(@Parent() link: NodeCompany, @Context() ctx: object): Promise<ChainNode> {
    return (await nodeLoader(ctx, this.db).load(link.nodeId))!;
  }

  @ResolveField(() => ChainRef, { description: "The node's chain" })
  async chain(@Parent() link: NodeCompany, @Context() ctx: object): Promise<ChainRef> {
    return (await chainOfNodeLoader(ctx, this.db).load(link.nodeId))!;
  }
}

/** Adds the companies on a node to the chain-map node type, batched per request. */
@Resolver(() => ChainNode)
export class NodeCompaniesResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [NodeCompany], { description: 'Companies on the node: anchors first, then local, then targets' })
  companies(@Parent() node: ChainNode, @Context() ctx: object): Promise<NodeCompany[]> {
    return requestLoader<string, NodeCompany[]>(ctx, 'node.companies', async (ids) => {
      const rows = await this.db.manager.find(NodeCompany, { where: { nodeId: In([...ids]) } });
      const order = { ANCHOR: 0, LOCAL: 1, TARGET: 2 } as const;
      rows.sort((a, b) => order[a.role] - order[b.role] || a.company.name.localeCompare(b.company.name, 'zh-CN'));
      return groupByKeys(ids, rows, (r) => r.nodeId);
    }).load(node.id);
  }
}
