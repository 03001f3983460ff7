export * from './lib/user.entity';
export * from './lib/department.entity';
export * from './lib/saved-view.entity';
export * from './lib/auth.decorators';
export * from './lib/auth.service';
export * from './lib/users.service';
export * from './lib/user-loaders';
export * from './lib/saved-views.service';
export * from './lib/dto/saved-view.inputs';
export * from './lib/users.module';
export * from './lib/sign-in-throttle.guard';
export * from './lib/users.seed';

import { User } from './lib/user.entity';
import { Department } from './lib/department.entity';
import { SavedView } from './lib/saved-view.entity';
export const USER_ENTITIES = [Department, User, SavedView];
export { UsersResolver } from './lib/users.resolver';
export { SavedViewsResolver } from './lib/saved-views.resolver';
