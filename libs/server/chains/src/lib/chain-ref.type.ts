import { Field, ID, ObjectType } from '@nestjs/graphql';

/** An industry chain as other records refer to it. */
@ObjectType()
export class ChainRef {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
}
