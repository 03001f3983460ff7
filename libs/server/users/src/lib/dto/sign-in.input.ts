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

@InputType()
export class RefreshSessionInput {
  @Field({ description: 'The refresh token of the last sign-in or renewal' })
  @TextInput({ max: 300 })
  refreshToken: string;
}

@ObjectType({ description: 'A session started or renewed: a short-lived access token and the refresh token that renews it once' })
export class SignInPayload {
  @Field({ description: 'Access token for the Authorization header (Bearer); short-lived' })
  token: string;

  @Field({ description: 'When the access token stops being accepted: renew it before with refreshSession' })
  expiresAt: Date;

  @Field({ description: 'Renews the session once (refreshSession); each renewal answers a new one' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}
