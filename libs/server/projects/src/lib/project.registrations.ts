import { Injectable, OnModuleInit } from '@nestjs/common';
import { ChainNodeOccupant, ChainNodeOccupants, MAP_COUNTED_KINDS, NodeOccupantCount } from '@chainboard/server-chains';
import { CompanyReference, CompanyReferences } from '@chainboard/server-companies';
import { ProjectAccess } from './project-access';
import { Project, ProjectNode } from './project.entity';

/**
 * Projects on chain-map nodes (project_chain_node), counted by stage (a deleted project is not counted). A refusal names them as the projects' access
 * rule shows them to the actor: a confidential project by its code name (or 保密项目) to whoever may not see it.
 */
export const projectOnNode = (access: ProjectAccess): ChainNodeOccupant => ({
  kind: MAP_COUNTED_KINDS.project,
  label: 'chainMap.attachment.project',
  order: 40,
  table: 'project_chain_node',
  column: 'segment_id',
  countByNodes: (m, nodeIds): Promise<NodeOccupantCount[]> =>
    m.query(
      `SELECT pn.segment_id AS "nodeId", p.stage AS key, count(*)::int AS count
         FROM project_chain_node pn JOIN project p ON p.id = pn.project_id AND p.deleted_at IS NULL
        WHERE pn.segment_id = ANY($1) GROUP BY pn.segment_id, p.stage`,
      [nodeIds],
    ),
  namesOnNode: async (m, nodeId, actor) => {
    const projects = await m
      .createQueryBuilder(Project, 'p')
      .innerJoin(ProjectNode, 'pn', 'pn.project_id = p.id')
      .where('pn.segment_id = :nodeId', { nodeId })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return (await access.present(actor, projects, m)).map((p) => p.name);
  },
  moveToNode: async (m, fromNodeId, toNodeId) => {
    await m.query(
      `UPDATE project_chain_node SET segment_id = $2 WHERE segment_id = $1 AND project_id NOT IN (SELECT project_id FROM project_chain_node WHERE segment_id = $2)`,
      [fromNodeId, toNodeId],
    );
    await m.query(`DELETE FROM project_chain_node WHERE segment_id = $1`, [fromNodeId]);
  },
});

/** A company's projects. */
export const PROJECT_COMPANY_REFERENCE: CompanyReference = {
  kind: 'project',
  label: 'company.reference.project',
  table: 'project',
  column: 'company_id',
  count: async (m, companyId) => (await m.query(`SELECT count(*)::int AS n FROM project WHERE company_id = $1`, [companyId]))[0].n,
  liveCount: async (m, companyId) => (await m.query(`SELECT count(*)::int AS n FROM project WHERE company_id = $1 AND deleted_at IS NULL`, [companyId]))[0].n,
  moveToCompany: async (m, fromId, toId) => {
    await m.query(`UPDATE project SET company_id = $1 WHERE company_id = $2`, [toId, fromId]);
  },
};

/** Registers what the projects feature keeps on chain-map nodes and what of it points at companies. */
@Injectable()
export class ProjectRegistrations implements OnModuleInit {
  constructor(
    private readonly occupants: ChainNodeOccupants,
    private readonly references: CompanyReferences,
    private readonly access: ProjectAccess,
  ) {}

  onModuleInit(): void {
    this.occupants.register(projectOnNode(this.access));
    this.references.register(PROJECT_COMPANY_REFERENCE);
  }
}
