// Every migration, in order. Generated with `npm run migration:generate -- <Name>` and reviewed by hand.
import { Foundation1764115200000 } from './1764115200000-Foundation';
import { ChainMaps1764201600000 } from './1764201600000-ChainMaps';
import { CompaniesAndLeads1764288000000 } from './1764288000000-CompaniesAndLeads';
import { CompanySearchOrder1764374400000 } from './1764374400000-CompanySearchOrder';
import { ProjectPipeline1764460800000 } from './1764460800000-ProjectPipeline';
import { DemoData1764547200000 } from './1764547200000-DemoData';
import { PlanTargets1764640800000 } from './1764640800000-PlanTargets';
import { Accounts1764727200000 } from './1764727200000-Accounts';
import { Meetings1764813600000 } from './1764813600000-Meetings';
import { Places1764900000000 } from './1764900000000-Places';
import { Ranking1764986400000 } from './1764986400000-Ranking';
import { ProjectBoardOrder1764990000000 } from './1764990000000-ProjectBoardOrder';
import { AuditTrail1765000000000 } from './1765000000000-AuditTrail';
import { ImportMappings1765100000000 } from './1765100000000-ImportMappings';
import { ImportPreviews1765100000001 } from './1765100000001-ImportPreviews';
import { PlanFaithful1765300000000 } from './1765300000000-PlanFaithful';
import { AuditActions1765400000000 } from './1765400000000-AuditActions';
import { CompanyMergedInto1765400000001 } from './1765400000001-CompanyMergedInto';
import { AuditInsertsPerStatement1765500000000 } from './1765500000000-AuditInsertsPerStatement';
import { LeadTableOrder1765700000000 } from './1765700000000-LeadTableOrder';
import { DashboardFigures1765800000000 } from './1765800000000-DashboardFigures';
import { ProspectTableOrder1765900000000 } from './1765900000000-ProspectTableOrder';
import { ProjectLogDates1766000000000 } from './1766000000000-ProjectLogDates';
import { AuditInsertsJsonOnce1766100000000 } from './1766100000000-AuditInsertsJsonOnce';
import { InteractionActivity1766400000000 } from './1766400000000-InteractionActivity';
import { DataVersion1766500000000 } from './1766500000000-DataVersion';

export const MIGRATIONS: Function[] = [Foundation1764115200000, ChainMaps1764201600000, CompaniesAndLeads1764288000000, CompanySearchOrder1764374400000, ProjectPipeline1764460800000, DemoData1764547200000, PlanTargets1764640800000, Accounts1764727200000, Meetings1764813600000, Places1764900000000, Ranking1764986400000, ProjectBoardOrder1764990000000, AuditTrail1765000000000, ImportMappings1765100000000, ImportPreviews1765100000001, PlanFaithful1765300000000, AuditActions1765400000000, CompanyMergedInto1765400000001, AuditInsertsPerStatement1765500000000, LeadTableOrder1765700000000, DashboardFigures1765800000000, ProspectTableOrder1765900000000, ProjectLogDates1766000000000, AuditInsertsJsonOnce1766100000000, InteractionActivity1766400000000, DataVersion1766500000000];
