import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Company } from '@chainboard/server-companies';
import { Interaction, Lead } from '@chainboard/server-leads';

export enum SearchKind {
  COMPANY = 'COMPANY',
  LEAD = 'LEAD',
  CONTACT = 'CONTACT',
}
registerEnumType(SearchKind, { name: 'SearchKind' });

@ObjectType('TextRange')
export class TextRangeType {
  @Field(() => Int, { description: 'Offset in UTF-16 code units, as JavaScript indexes strings' }) start: number;
  @Field(() => Int) length: number;
}

@ObjectType({ description: 'A search result, typed by kind, with the matched words highlighted' })
export class SearchHit {
  @Field(() => SearchKind) kind: SearchKind;
  @Field(() => ID) id: string;
  @Field({ description: "The company's name, the lead's title, or an excerpt of the contact's summary" }) title: string;
  @Field(() => [TextRangeType]) titleHighlights: TextRangeType[];
  @Field(() => String, { nullable: true, description: 'For a company found by an alias or English name: that name; for a lead or contact: the company' })
  detail: string | null;
  @Field(() => [TextRangeType]) detailHighlights: TextRangeType[];
  @Field(() => Company, { nullable: true }) company: Company | null;
  @Field(() => Lead, { nullable: true }) lead: Lead | null;
  @Field(() => Interaction, { nullable: true }) contact: Interaction | null;
}

@ObjectType()
export class SearchGroup {
  @Field(() => SearchKind) kind: SearchKind;
  @Field(() => [SearchHit]) hits: SearchHit[];
  @Field({ description: 'More results than shown' }) hasMore: boolean;
}

@ObjectType()
export class SearchResult {
  @Field() query: string;
  @Field(() => [String], { description: 'The folded words every result contains' }) words: string[];
  @Field(() => [SearchGroup], { description: 'Companies, leads, contacts, in that order (kinds not asked for are left out)' }) groups: SearchGroup[];
}
