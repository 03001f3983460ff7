import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageTotalFields } from '@chainboard/server-core';
import { User } from './user.entity';

@ObjectType({ description: "One page of the accounts (the admin's user list), widest role first, then by username" })
export class UserPage extends PageTotalFields {
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [User]) items: User[];
}
