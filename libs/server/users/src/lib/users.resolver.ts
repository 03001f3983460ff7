import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UseGuards, UseInterceptors } from '@nestjs/common';
import { mayOwnLeads, Role } from '@chainboard/domain';
import { Allow, CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { Department } from './department.entity';
import { SignInInput, SignInPayload } from './dto/sign-in.input';
import { SignInAccountLock, SignInThrottleGuard } from './sign-in-throttle.guard';
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
  @UseInterceptors(SignInAccountLock)
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

  @ResolveField(() => Boolean, {
    description:
      "Whether the user's role may own leads (the permission 'lead.own'; chain leaders and lead-department members only on their own chains): owner pickers offer only these users",
  })
  mayOwnLeads(@Parent() user: User): boolean {
    return mayOwnLeads(user.role);
  }

  @Allow('department.read')
  @Query(() => [Department])
  departments(): Promise<Department[]> {
    return this.usersService.listDepartments();
  }
}
