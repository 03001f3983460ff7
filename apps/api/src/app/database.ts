import { DataSourceOptions } from 'typeorm';
import { CHAIN_ENTITIES, chainMapsSeed, chainsSeed } from '@chainboard/server-chains';
import { COMPANY_ENTITIES, companyListsSeed, mapCompaniesSeed, planCompaniesSeed } from '@chainboard/server-companies';
import { AUDIT_ENTITIES } from '@chainboard/server-audit';
import { AppSetting } from '@chainboard/server-core';
import { DatabaseTarget, dataSourceOptions, SeedStep } from '@chainboard/server-database';
import { demoLeadsSeed, LEAD_ENTITIES } from '@chainboard/server-leads';
import { MEETING_ENTITIES, meetingsSeed } from '@chainboard/server-meetings';
import { PROJECT_ENTITIES, projectsSeed } from '@chainboard/server-projects';
import { PLACE_ENTITIES, placesSeed } from '@chainboard/server-places';
import { SPREADSHEET_ENTITIES } from '@chainboard/server-spreadsheets';
import { TARGET_ENTITIES, targetsSeed } from '@chainboard/server-targets';
import { departmentsSeed, USER_ENTITIES, usersSeed } from '@chainboard/server-users';

/** Every feature's tables (the database library adds its own bookkeeping). */
export const ENTITIES = [...USER_ENTITIES, ...CHAIN_ENTITIES, ...COMPANY_ENTITIES, ...LEAD_ENTITIES, ...PROJECT_ENTITIES, ...MEETING_ENTITIES, ...TARGET_ENTITIES, ...PLACE_ENTITIES, ...AUDIT_ENTITIES, ...SPREADSHEET_ENTITIES, AppSetting];

const mapsSeed = chainMapsSeed([mapCompaniesSeed]);
const pipelineSeed = projectsSeed(mapsSeed);

/** The seed, in the order it loads: each feature reads and loads its own files from seeds/. */
export const SEED_STEPS: readonly SeedStep[] = [companyListsSeed, departmentsSeed, usersSeed, chainsSeed, mapsSeed, planCompaniesSeed, pipelineSeed, demoLeadsSeed(mapsSeed, pipelineSeed), meetingsSeed, targetsSeed, placesSeed];

/** The app's data source on a database. */
export function appDataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  return dataSourceOptions(target, ENTITIES);
}
