// The app's tables and seed for the benchmarks, as apps/api composes them (an app cannot be imported).
import { CHAIN_ENTITIES, chainMapsSeed, chainsSeed } from '@chainboard/server-chains';
import { COMPANY_ENTITIES, companyListsSeed, mapCompaniesSeed, planCompaniesSeed } from '@chainboard/server-companies';
import { AppSetting } from '@chainboard/server-core';
import { DatabaseTarget, dataSourceOptions, SeedStep } from '@chainboard/server-database';
import { demoLeadsSeed, LEAD_ENTITIES } from '@chainboard/server-leads';
import { MEETING_ENTITIES, meetingsSeed } from '@chainboard/server-meetings';
import { PROJECT_ENTITIES, projectsSeed } from '@chainboard/server-projects';
import { PLACE_ENTITIES, placesSeed } from '@chainboard/server-places';
import { SPREADSHEET_ENTITIES } from '@chainboard/server-spreadsheets';
import { TARGET_ENTITIES, targetsSeed } from '@chainboard/server-targets';
import { departmentsSeed, USER_ENTITIES, usersSeed } from '@chainboard/server-users';

export const ENTITIES = [...USER_ENTITIES, ...CHAIN_ENTITIES, ...COMPANY_ENTITIES, ...LEAD_ENTITIES, ...PROJECT_ENTITIES, ...MEETING_ENTITIES, ...TARGET_ENTITIES, ...PLACE_ENTITIES, ...SPREADSHEET_ENTITIES, AppSetting];

export const SEED_STEPS: readonly SeedStep[] = [companyListsSeed, departmentsSeed, usersSeed, chainsSeed, chainMapsSeed([mapCompaniesSeed])];

export const benchDataSourceOptions = (target: DatabaseTarget) => dataSourceOptions(target, ENTITIES);

/** The whole seed as the app loads it (the plan's facts; demo records only when asked), for tools that fill a database for the app. */
export const APP_SEED_STEPS: readonly SeedStep[] = (() => {
  const maps = chainMapsSeed([mapCompaniesSeed]);
  const pipeline = projectsSeed(maps);
  return [companyListsSeed, departmentsSeed, usersSeed, chainsSeed, maps, planCompaniesSeed, pipeline, demoLeadsSeed(maps, pipeline), meetingsSeed, targetsSeed, placesSeed];
})();
