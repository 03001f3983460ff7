import { CoordinationIssue, CoordinationIssueEvent, ProjectEventRow, ProjectFunds, ProjectMilestone, ProjectStageLog, ProjectUpdate } from './project-records.entity';
import { Project, ProjectNode } from './project.entity';

/** Every table the projects feature owns. */
export const PROJECT_ENTITIES = [Project, ProjectNode, ProjectStageLog, ProjectFunds, ProjectMilestone, ProjectUpdate, CoordinationIssue, CoordinationIssueEvent, ProjectEventRow];
