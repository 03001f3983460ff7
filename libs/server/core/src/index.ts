export * from './lib/app-error';
export * from './lib/i18n';
export * from './lib/validation';
export * from './lib/error-plugin';
export * from './lib/scalars';
export * from './lib/id-pipe';
export * from './lib/loaders';
export * from './lib/setting.entity';
