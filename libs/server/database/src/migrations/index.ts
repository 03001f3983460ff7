// Every migration, in order. Generated with `npm run migration:generate -- <Name>` and reviewed by hand.
import { Foundation1764115200000 } from './1764115200000-Foundation';
import { ChainMaps1764201600000 } from './1764201600000-ChainMaps';
import { CompaniesAndLeads1764288000000 } from './1764288000000-CompaniesAndLeads';
import { CompanySearchOrder1764374400000 } from './1764374400000-CompanySearchOrder';
import { ProjectPipeline1764460800000 } from './1764460800000-ProjectPipeline';
import { DemoData1764547200000 } from './1764547200000-DemoData';

export const MIGRATIONS: Function[] = [Foundation1764115200000, ChainMaps1764201600000, CompaniesAndLeads1764288000000, CompanySearchOrder1764374400000, ProjectPipeline1764460800000, DemoData1764547200000];
