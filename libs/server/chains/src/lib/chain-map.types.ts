import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional } from 'class-validator';
import { INDUSTRY_CODE_PATTERN, LIMITS, NodePosition, NodeStatus, NodeStatusSource, ProjectStage } from '@chainboard/domain';
import { EnumInput, IdInput, TextInput } from '@chainboard/server-core';
import { ChainEdge } from './chain-edge.entity';

registerEnumType(ProjectStage, { name: 'ProjectStage', description: '洽谈 → 签约 → 注册 → 开工 → 投产 → 达产, or 终止 (dropped)' });

@ObjectType()
export class StageCount {
  @Field(() => ProjectStage)
  stage: ProjectStage;

  @Field(() => Int)
  count: number;
}

/** A node of the map as a chain leader reads it: the node, and what sits on it. */
@ObjectType()
export class MapNode {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() name: string;
  @Field() description: string;
  @Field(() => NodePosition, { nullable: true }) position: NodePosition | null;
  @Field(() => NodeStatus) status: NodeStatus;
  @Field(() => NodeStatusSource, { description: "Whether the status rests on the plan's words (依据规划) or on an editor's judgement (编者判断)" }) statusSource: NodeStatusSource;
  @Field() isHighEnd: boolean;
  @Field() isKey: boolean;
  @Field(() => String, { nullable: true }) industryCode: string | null;
  @Field(() => Int) sortOrder: number;
  @Field(() => Int, { description: '0 for a focus direction, 1 for the nodes under it, …' }) depth: number;
  @Field(() => Int) version: number;
  @Field(() => Int, { description: 'Anchor enterprises (链主) on the node' }) anchorCompanies: number;
  @Field(() => Int, { description: 'Local companies on the node, anchors included' }) localCompanies: number;
  @Field(() => Int, { description: 'Companies to attract on the node' }) targetCompanies: number;
  @Field(() => Int) activeLeads: number;
  @Field(() => Int) activeProjects: number;
  @Field(() => [StageCount], { description: 'Projects on the node by stage (stages without projects left out)' }) projectsByStage: StageCount[];
  @Field({ description: 'Weak or missing (薄弱缺)' }) isGap: boolean;
  @Field({ description: 'A gap no active lead or project works on' }) isUncovered: boolean;
}

@ObjectType()
export class GapSummary {
  @Field(() => Int) nodes: number;
  @Field(() => Int) strong: number;
  @Field(() => Int) weak: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) uncovered: number;
}

/** A whole chain map with its gap analysis, read in a fixed number of SQL statements whatever its size. */
@ObjectType()
export class ChainMapGraph {
  @Field(() => ID) chainId: string;
  @Field() chainName: string;
  @Field(() => ID) mapId: string;
  @Field() title: string;
  @Field(() => [MapNode]) nodes: MapNode[];
  @Field(() => [ChainEdge]) edges: ChainEdge[];
  @Field(() => GapSummary) summary: GapSummary;
}

@InputType()
export class AddChainNodeInput {
  @Field(() => ID) @IdInput() chainId: string;
  @Field(() => ID, { nullable: true, description: 'Parent node; none for a focus direction' }) @IdInput({ nullable: true }) parentId?: string | null;
  @Field() @TextInput({ max: LIMITS.name }) name: string;
  @Field({ nullable: true }) @TextInput({ max: LIMITS.text, optional: true, allowBlank: true }) description?: string;
  @Field(() => NodePosition, { nullable: true }) @EnumInput(NodePosition, { nullable: true }) position?: NodePosition | null;
  @Field(() => NodeStatus, { nullable: true }) @EnumInput(NodeStatus, { optional: true }) status?: NodeStatus;
  @Field(() => NodeStatusSource, { nullable: true, description: "Where the status comes from; a status set without it is the editor's judgement" })
  @EnumInput(NodeStatusSource, { optional: true })
  statusSource?: NodeStatusSource;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() isHighEnd?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() isKey?: boolean;
  @Field(() => String, { nullable: true }) @TextInput({ max: 10, nullable: true, pattern: INDUSTRY_CODE_PATTERN }) industryCode?: string | null;
}

@InputType({ description: 'Changes to a node; a field left out stays as it is. parentId null moves it to the top level.' })
export class UpdateChainNodeInput {
  @Field(() => ID) @IdInput() nodeId: string;
  @Field(() => ID, { nullable: true }) @IdInput({ nullable: true }) parentId?: string | null;
  @Field({ nullable: true }) @TextInput({ max: LIMITS.name, optional: true }) name?: string;
  @Field({ nullable: true }) @TextInput({ max: LIMITS.text, optional: true, allowBlank: true }) description?: string;
  @Field(() => NodePosition, { nullable: true }) @EnumInput(NodePosition, { nullable: true }) position?: NodePosition | null;
  @Field(() => NodeStatus, { nullable: true }) @EnumInput(NodeStatus, { optional: true }) status?: NodeStatus;
  @Field(() => NodeStatusSource, { nullable: true, description: "Where the status comes from; a status set without it is the editor's judgement" })
  @EnumInput(NodeStatusSource, { optional: true })
  statusSource?: NodeStatusSource;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() isHighEnd?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() isKey?: boolean;
  @Field(() => String, { nullable: true }) @TextInput({ max: 10, nullable: true, pattern: INDUSTRY_CODE_PATTERN }) industryCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the editor saw; a newer one on the server refuses the change' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}
