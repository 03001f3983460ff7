import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageTotalFields } from '@chainboard/server-core';
import { Company } from './company.entity';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum CompanySortField {
  NAME = 'NAME',
  CITY = 'CITY',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CompanySortField, { name: 'CompanySortField' });

export enum DuplicateReason {
  SAME_CREDIT_CODE = 'SAME_CREDIT_CODE',
  SAME_NAME = 'SAME_NAME',
}
registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description: 'SAME_CREDIT_CODE: the same company; SAME_NAME: the names reduce alike (width, brackets, legal form), probably the same',
});

@ObjectType({ description: 'An existing company a new entry may duplicate' })
export class CompanyDuplicate {
  @Field(() => DuplicateReason) reason: DuplicateReason;
  @Field(() => Company) company: Company;
}

@ObjectType({ description: 'One page of the company table, with the total (capped unless exactTotal was asked)' })
export class CompanyPage extends PageTotalFields {
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [Company]) items: Company[];
}

/** What writing one row of a set did (see CompaniesService.upsertMany). */
export interface UpsertOutcome {
  id: string;
  action: 'created' | 'updated' | 'unchanged';
}

/** What writing a set of company rows would do, found without writing (see CompaniesService.planMany). */
export interface CompanyPlan {
  /** Per row: the company it is (a new one's id made in advance) and what writing it does. */
  outcomes: UpsertOutcome[];
  /** The companies to create, with every column a single create fills (their search tokens made when written). */
  inserts: Company[];
  /** The companies to change, with the columns that change. */
  updates: Array<{ id: string; changes: Partial<Company> }>;
}
