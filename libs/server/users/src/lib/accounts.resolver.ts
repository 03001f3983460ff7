import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdPipe } from '@chainboard/server-core';
import { Department } from './department.entity';
import { AccountsService } from './accounts.service';
import { Allow, CurrentSession, CurrentUser, PasswordChangeExempt, Public, RequestClient } from './auth.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordInput, CreateDepartmentInput, CreateUserInput, ResetPasswordInput, UpdateDepartmentInput, UpdateUserInput, UserWithPassword } from './dto/account.inputs';
import { RefreshSessionInput, SignInPayload } from './dto/sign-in.input';
import { ClientInfo, SessionsService } from './sessions.service';
import { User } from './user.entity';

/** Account administration, departments, and the signed-in user's own password and session. */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Allow('user.read')
  @Query(() => User, { description: 'One user' })
  user(@Args('userId', { type: () => ID }, new IdPipe('userId')) userId: string): Promise<User> {
    return this.accounts.get(userId);
  }

  @Allow('user.manage')
  @Mutation(() => UserWithPassword, { description: 'Adds an account with a temporary password (answered once): its user must change it at first sign-in' })
  createUser(@Args('input') input: CreateUserInput): Promise<UserWithPassword> {
    return this.accounts.create(input);
  }

  @Allow('user.manage')
  @Mutation(() => User, { description: "Changes an account's name, department, roles or chains" })
  updateUser(@Args('input') input: UpdateUserInput, @CurrentUser() actor: User): Promise<User> {
    return this.accounts.update(input, actor);
  }

  @Allow('user.manage')
  @Mutation(() => User, { description: 'Disables an account (its sessions end at once) or enables it again' })
  setUserActive(@Args('userId', { type: () => ID }, new IdPipe('userId')) userId: string, @Args('active') active: boolean, @CurrentUser() actor: User): Promise<User> {
    return this.accounts.setActive(userId, active, actor);
  }

  @Allow('user.manage')
  @Mutation(() => UserWithPassword, { description: "Sets a temporary password (answered once): the user's sessions end and they must change it at next sign-in" })
  resetUserPassword(@Args('input') input: ResetPasswordInput): Promise<UserWithPassword> {
    return this.accounts.resetPassword(input.userId, input.password);
  }

  @PasswordChangeExempt()
  @Mutation(() => SignInPayload, { description: "Changes the signed-in user's password: every session of theirs ends, and a new one starts here" })
  changePassword(@Args('input') input: ChangePasswordInput, @CurrentUser() user: User, @RequestClient() client: ClientInfo): Promise<SignInPayload> {
    return this.auth.changePassword(user, input.currentPassword, input.newPassword, client);
  }

  @PasswordChangeExempt()
  @Mutation(() => Boolean, { description: 'Ends this session on the server: its access and refresh tokens stop working at once' })
  async signOut(@CurrentSession() sessionId: string): Promise<boolean> {
    await this.sessions.end(sessionId, 'SIGNED_OUT');
    return true;
  }

  @Public()
  @Mutation(() => SignInPayload, { description: 'Renews a session: a new access token and a new refresh token; a refresh token used twice ends the session' })
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<SignInPayload> {
    return this.sessions.refresh(input.refreshToken);
  }

  @Allow('department.manage')
  @Mutation(() => Department)
  createDepartment(@Args('input') input: CreateDepartmentInput): Promise<Department> {
    return this.accounts.createDepartment(input);
  }

  @Allow('department.manage')
  @Mutation(() => Department, { description: 'Renames a department or changes its short name' })
  updateDepartment(@Args('input') input: UpdateDepartmentInput): Promise<Department> {
    return this.accounts.updateDepartment(input);
  }

  @Allow('department.manage')
  @Mutation(() => Department, { description: 'Disables a department (it keeps its users and chains, takes no new users) or enables it again' })
  setDepartmentActive(@Args('departmentId', { type: () => ID }, new IdPipe('departmentId')) departmentId: string, @Args('active') active: boolean): Promise<Department> {
    return this.accounts.setDepartmentActive(departmentId, active);
  }
}
