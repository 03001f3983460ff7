// The app's tables and seed for the benchmarks, as apps/api composes them (an app cannot be imported).
import { CHAIN_ENTITIES, chainMapsSeed, chainsSeed } from '@chainboard/server-chains';
import { COMPANY_ENTITIES, companyListsSeed, mapCompaniesSeed } from '@chainboard/server-companies';
import { AppSetting } from '@chainboard/server-core';
import { DatabaseTarget, dataSourceOptions, SeedStep } from '@chainboard/server-database';
import { LEAD_ENTITIES } from '@chainboard/server-leads';
import { MEETING_ENTITIES } from '@chainboard/server-meetings';
import { PROJECT_ENTITIES } from '@chainboard/server-projects';
import { PLACE_ENTITIES } from '@chainboard/server-places';
import { SPREADSHEET_ENTITIES } from '@chainboard/server-spreadsheets';
import { TARGET_ENTITIES } from '@chainboard/server-targets';
import { departmentsSeed, USER_ENTITIES, usersSeed } from '@chainboard/server-users';

export const ENTITIES = [...USER_ENTITIES, ...CHAIN_ENTITIES, ...COMPANY_ENTITIES, ...LEAD_ENTITIES, ...PROJECT_ENTITIES, ...MEETING_ENTITIES, ...TARGET_ENTITIES, ...PLACE_ENTITIES, ...SPREADSHEET_ENTITIES, AppSetting];

export const SEED_STEPS: readonly SeedStep[] = [companyListsSeed, departmentsSeed, usersSeed, chainsSeed, chainMapsSeed([mapCompaniesSeed])];

export const benchDataSourceOptions = (target: DatabaseTarget) => dataSourceOptions(target, ENTITIES);
