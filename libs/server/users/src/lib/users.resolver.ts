import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UseGuards, UseInterceptors } from '@nestjs/common';
import { mayOwnLeads, Role } from '@chainboard/domain';
import { PageArgs } from '@chainboard/server-core';
import { AccountsService } from './accounts.service';
import { Allow, CurrentUser, PasswordChangeExempt, Public, RequestClient } from './auth.decorators';
import { AuthService } from './auth.service';
import { Department } from './department.entity';
import { UserFilterInput } from './dto/account.inputs';
import { SignInInput, SignInPayload } from './dto/sign-in.input';
import type { ClientInfo } from './sessions.service';
import { SignInAccountLock, SignInThrottleGuard } from './sign-in-throttle.guard';
import { User } from './user.entity';
import { UserPage } from './user-page.type';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @UseGuards(SignInThrottleGuard)
  @UseInterceptors(SignInAccountLock)
  @Mutation(() => SignInPayload, { description: 'Signs in with username and password; starts a session: a short-lived access token and a refresh token' })
  signIn(@Args('input') input: SignInInput, @RequestClient() client: ClientInfo): Promise<SignInPayload> {
    return this.auth.signIn(input.username, input.password, client);
  }

  @PasswordChangeExempt()
  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentUser() user: User): User {
    return user;
  }

  @Allow('user.read')
  @Query(() => [User], { description: 'Every account matching the filter, for pickers (owners, leaders, attendees); the admin lists them by page with userPage' })
  users(
    @Args('roles', { type: () => [Role], nullable: true, description: 'Users holding any of these roles' }) roles?: Role[],
    @Args('filter', { type: () => UserFilterInput, nullable: true }) filter?: UserFilterInput,
  ): Promise<User[]> {
    return this.accounts.list({ ...filter, roles: roles?.length ? roles : filter?.roles });
  }

  @Allow('user.read')
  @Query(() => UserPage, { description: "One page of the accounts (the admin's user list) by the filter, widest role first, then by username, with the total" })
  userPage(
    @Args('filter', { type: () => UserFilterInput, nullable: true }) filter?: UserFilterInput,
    @Args('page', { type: () => PageArgs, nullable: true }) page?: PageArgs,
  ): Promise<UserPage> {
    return this.accounts.page(filter ?? {}, page ?? {});
  }

  @ResolveField(() => Boolean, {
    description:
      "Whether the user's role may own leads (the permission 'lead.own'; chain leaders and lead-department members only on their own chains): owner pickers offer only these users",
  })
  mayOwnLeads(user: User): boolean {
    return mayOwnLeads(user);
  }

  @Allow('department.read')
  @Query(() => [Department])
  departments(
    @Args('includeInactive', { type: () => Boolean, nullable: true, description: 'Disabled departments too (default: active ones only)' }) includeInactive?: boolean,
  ): Promise<Department[]> {
    return this.accounts.listDepartments(includeInactive ?? false);
  }
}
