import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { Department } from './department.entity';
import { User } from './user.entity';
import { UserLoaders } from './user-loaders';
import { SavedViewsResolver } from './saved-views.resolver';
import { SavedViewsService } from './saved-views.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

export interface UsersModuleOptions {
  jwtSecret: string;
  tokenLifetime?: string;
}

export class UsersModule {
  static forRoot(options: UsersModuleOptions) {
    return {
      module: UsersModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature([User, Department]),
        JwtModule.register({ secret: options.jwtSecret, signOptions: { expiresIn: (options.tokenLifetime ?? '12h') as any } }),
      ],
      providers: [AuthService, UsersService, UserLoaders, SavedViewsService, UsersResolver, SavedViewsResolver, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [AuthService, UsersService, UserLoaders, SavedViewsService],
    };
  }
}

// Nest needs the class to be a module even when used through forRoot.
Module({})(UsersModule);
