import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { Role } from '@chainboard/domain';
import { Allow, CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { Department } from './department.entity';
import { SignInInput, SignInPayload } from './dto/sign-in.input';
import { SignInThrottleGuard } from './sign-in-throttle.guard';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly usersService: UsersService,
  ) {}

  @Public()
  @UseGuards(SignInThrottleGuard)
  @Mutation(() => SignInPayload, { description: 'Signs in with username and password; returns a bearer token' })
  signIn(@Args('input') input: SignInInput): Promise<SignInPayload> {
    return this.auth.signIn(input.username, input.password);
  }

  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentUser() user: User): User {
    return user;
  }

  @Allow('user.read')
  @Query(() => [User])
  users(@Args('roles', { type: () => [Role], nullable: true }) roles?: Role[]): Promise<User[]> {
    return this.usersService.list({ roles });
  }

  @Allow('department.read')
  @Query(() => [Department])
  departments(): Promise<Department[]> {
    return this.usersService.listDepartments();
  }
}
