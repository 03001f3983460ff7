import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdPipe } from '@chainboard/server-core';
import { Allow } from '@chainboard/server-users';
import { CompanyList, CompanyTag } from './company-list.entity';
import { CompanyLoaders } from './company-loaders';
import { CompanyListsService } from './company-lists.service';
import { AddCompanyTagInput, CreateCompanyListInput, UpdateCompanyListInput } from './dto/company.inputs';

@Resolver(() => CompanyList)
export class CompanyListsResolver {
  constructor(
    private readonly service: CompanyListsService,
    private readonly loaders: CompanyLoaders,
  ) {}

  @Allow('company.read')
  @Query(() => [CompanyList], { description: 'The lists companies can be on (六类500强, 专精特新"小巨人" …)' })
  companyLists(): Promise<CompanyList[]> {
    return this.service.lists();
  }

  @Allow('companyList.manage')
  @Mutation(() => CompanyList)
  createCompanyList(@Args('input') input: CreateCompanyListInput): Promise<CompanyList> {
    return this.service.create(input);
  }

  @Allow('companyList.manage')
  @Mutation(() => CompanyList)
  updateCompanyList(@Args('input') input: UpdateCompanyListInput): Promise<CompanyList> {
    return this.service.update(input);
  }

  @Allow('companyList.manage')
  @Mutation(() => ID, { description: 'Deletes a list no company is tagged with; returns its id' })
  deleteCompanyList(@Args('listId', { type: () => ID }, new IdPipe('listId')) listId: string): Promise<string> {
    return this.service.delete(listId);
  }

  @Allow('company.edit')
  @Mutation(() => CompanyTag, { description: 'Tags a company with a list and year; tagging it again returns the existing tag' })
  addCompanyTag(@Args('input') input: AddCompanyTagInput): Promise<CompanyTag> {
    return this.service.addTag(input);
  }

  @Allow('company.edit')
  @Mutation(() => ID, { description: 'Removes a tag; returns its id' })
  removeCompanyTag(@Args('tagId', { type: () => ID }, new IdPipe('tagId')) tagId: string): Promise<string> {
    return this.service.removeTag(tagId);
  }

  @ResolveField(() => Int, { description: 'Tags with this list (companies × years)' })
  tagCount(list: CompanyList, _args: unknown, ctx: object): Promise<number> {
    return this.loaders.tagCountOfList(ctx).load(list.id);
  }
}
