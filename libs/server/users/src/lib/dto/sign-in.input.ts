import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@chainboard/domain';
import { TextInput } from '@chainboard/server-core';
import { User } from '../user.entity';

@InputType()
export class SignInInput {
  @Field()
  @TextInput({ max: LIMITS.username })
  username: string;

  @Field()
  @TextInput({ max: LIMITS.password.max })
  password: string;
}

@ObjectType()
export class SignInPayload {
  @Field({ description: 'Bearer token for the Authorization header' })
  token: string;

  @Field(() => User)
  user: User;
}
