import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Descriptions, Dropdown, Flex, Row, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PIPELINE_STAGES, ProjectStage } from '@chainboard/domain';
import { chainMapPath } from '@chainboard/web-chain-map';
import { ConfidentialTag, DemoTag, formatDateTime, formatInvestment } from '@chainboard/web-crm';
import { QueryState, SubListPager, useSubListPage } from '@chainboard/web-ui';
import { movesOf, stageOf } from '../board';
import { FundsCard } from '../components/FundsCard';
import { IssuesCard } from '../components/IssuesCard';
import { MilestonesCard } from '../components/MilestonesCard';
import { ProjectEditModal } from '../components/ProjectEditModal';
import { ProjectHistoryCard } from '../components/ProjectHistoryCard';
import { DeleteProjectButton } from '../components/DeleteProjectButton';
import { LightDot, StageTag, TierTag, lightRuleText } from '../components/ProjectTags';
import { ProjectTimeline } from '../components/ProjectTimeline';
import { StageMoveModal } from '../components/StageMoveModal';
import { UpdatesCard } from '../components/UpdatesCard';
import { useProject, useProjectTimeline, type ProjectDetail } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

/** /projects/:id — a project: key facts, stage and its moves, funds in place, milestones, issues, updates and one timeline. */
export function ProjectPage() {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const { id = '' } = useParams<{ id: string }>();
  const query = useProject(id);
  return (
    <Flex vertical gap="middle">
      <Breadcrumb items={[{ title: <Link to="/projects">{t('nav.projects')}</Link> }, ...(query.data ? [{ title: query.data.name }] : [])]} />
      <QueryState query={query}>{(project) => <ProjectContent project={project} />}</QueryState>
    </Flex>
  );
}

/** The main line as steps, the current stage marked; on hold shows where it was held, dropped where it stopped. */
function StageSteps({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const stage = stageOf(project.stage);
  const at = stage === ProjectStage.ON_HOLD && project.heldFrom ? stageOf(project.heldFrom) : stage;
  const current = PIPELINE_STAGES.indexOf(at);
  return (
    <Steps
      size="small"
      titlePlacement="vertical"
      current={Math.max(current, 0)}
      status={stage === ProjectStage.DROPPED ? 'error' : stage === ProjectStage.ON_HOLD ? 'wait' : 'process'}
      items={PIPELINE_STAGES.map((s) => ({ title: t(`projectStage.${s}`) }))}
      aria-label={t('stage.steps')}
    />
  );
}

/** The project's one timeline, a page at a time, newest first, with its count. */
function TimelineCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const window = useSubListPage(undefined, projectId);
  const query = useProjectTimeline(projectId, window);
  return (
    <Card title={t('timeline.title')}>
      <QueryState query={query}>
        {(page) => (
          <>
            <ProjectTimeline events={page.timeline} />
            <SubListPager total={page.timelineCount} window={window} label={t('timeline.pager')} />
          </>
        )}
      </QueryState>
    </Card>
  );
}

function ProjectContent({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState<ProjectStage | null>(null);
  const none = t('common.none');
  const hidden = t('confidential.hidden');
  const moves = project.canMoveStage ? movesOf(project) : [];
  const amount = (value: string | null | undefined) => (project.masked ? hidden : formatInvestment(value, t));
  const plain = (value: string | number | null | undefined, unit?: string) => (value === null || value === undefined || value === '' ? none : unit ? `${value} ${unit}` : String(value));

  const facts = [
    { key: 'company', label: t('project.fields.companyId'), children: project.masked ? hidden : project.company ? <Link to={`/companies/${project.company.id}`}>{project.company.name}</Link> : none },
    { key: 'chain', label: t('project.fields.chainId'), children: <Link to={`/chains/${project.chain.id}`}>{project.chain.name}</Link> },
    {
      key: 'nodes',
      label: t('project.fields.nodeIds'),
      children: project.nodes.length ? (
        <Flex gap={4} wrap>
          {project.nodes.map((n) => (
            <Link key={n.id} to={chainMapPath(project.chain.id)} aria-label={t('project.nodeOnMap', { name: n.name })}>
              <Tag style={{ marginInlineEnd: 0, cursor: 'pointer' }}>{n.name}</Tag>
            </Link>
          ))}
        </Flex>
      ) : (
        none
      ),
    },
    { key: 'type', label: t('project.fields.type'), children: t(`projectType.${project.type}`) },
    { key: 'agreedInvestment', label: t('project.fields.agreedInvestment'), children: amount(project.agreedInvestment) },
    { key: 'tier', label: t('project.fields.tier'), children: project.tier ? <TierTag tier={project.tier} /> : none },
    {
      key: 'foreign',
      label: t('project.fields.foreignAmount'),
      children: project.masked ? hidden : project.foreignAmount ? `${project.foreignAmount} ${project.foreignCurrency ?? ''}`.trim() : none,
    },
    {
      key: 'lead',
      label: t('project.fields.leadId'),
      children: project.lead ? <Link to={`/leads/${project.lead.id}`}>{project.lead.masked ? hidden : project.lead.title}</Link> : none,
    },
    { key: 'owner', label: t('project.fields.ownerId'), children: project.owner?.displayName ?? none },
    { key: 'responsibleLeader', label: t('project.fields.responsibleLeaderId'), children: project.responsibleLeader?.displayName ?? none },
    { key: 'responsibleUnit', label: t('project.fields.responsibleUnitId'), children: project.responsibleUnit?.name ?? none },
    { key: 'carrier', label: t('project.fields.carrier'), children: plain(project.carrier) },
    { key: 'landAreaMu', label: t('project.fields.landAreaMu'), children: plain(project.landAreaMu, t('unit.mu')) },
    { key: 'floorSpaceM2', label: t('project.fields.floorSpaceM2'), children: plain(project.floorSpaceM2, t('unit.m2')) },
    { key: 'expectedOutput', label: t('project.fields.expectedOutput'), children: amount(project.expectedOutput) },
    { key: 'expectedTax', label: t('project.fields.expectedTax'), children: amount(project.expectedTax) },
    { key: 'expectedJobs', label: t('project.fields.expectedJobs'), children: plain(project.expectedJobs) },
    {
      key: 'confidential',
      label: t('project.fields.confidential'),
      children: project.confidential ? t('project.confidentialWithCode', { code: project.codeName || none }) : t('no'),
    },
    { key: 'signedOn', label: t('project.fields.signedOn'), children: plain(project.signedOn) },
    { key: 'registeredCompanyName', label: t('project.fields.registeredCompanyName'), children: plain(project.registeredCompanyName) },
    { key: 'registeredCreditCode', label: t('project.fields.registeredCreditCode'), children: plain(project.registeredCreditCode) },
    { key: 'startedOn', label: t('project.fields.startedOn'), children: plain(project.startedOn) },
    { key: 'productionOn', label: t('project.fields.productionOn'), children: plain(project.productionOn) },
    { key: 'capacityOn', label: t('project.fields.capacityOn'), children: plain(project.capacityOn) },
    { key: 'lastUpdateOn', label: t('project.fields.lastUpdateOn'), children: plain(project.lastUpdateOn) },
    { key: 'created', label: t('project.fields.createdOn'), children: [project.createdOn, project.createdBy?.displayName].filter(Boolean).join(' · ') },
    { key: 'updated', label: t('project.fields.updatedAt'), children: [formatDateTime(project.updatedAt), project.updatedBy?.displayName].filter(Boolean).join(' · ') },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Flex align="center" gap="small" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {project.name}
          </Typography.Title>
          <StageTag stage={project.stage} />
          <LightDot light={project.light} rule={project.lightRule} withLabel />
          {project.confidential && <ConfidentialTag masked={project.masked} />}
          {project.isDemo && <DemoTag />}
        </Flex>
        <Flex gap="small" wrap>
          {moves.length > 0 && (
            <Dropdown
              trigger={['click']}
              menu={{ items: moves.map((to) => ({ key: to, label: t('card.moveTo', { stage: t(`projectStage.${to}`) }) })), onClick: ({ key }) => setMoving(key as ProjectStage) }}
            >
              <Button icon={<SwapOutlined />}>{t('stage.move')}</Button>
            </Dropdown>
          )}
          {project.canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          <DeleteProjectButton project={project} />
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap="middle">
            <Card title={t('stage.title')}>
              <Flex vertical gap="small">
                <StageSteps project={project} />
                <Typography.Text>
                  {t('stage.current', { stage: t(`projectStage.${project.stage}`), date: project.stageOn ?? none })}
                </Typography.Text>
                {project.stage === 'ON_HOLD' && project.heldFrom && <Typography.Text type="warning">{t('stage.heldFrom', { stage: t(`projectStage.${project.heldFrom}`) })}</Typography.Text>}
                {project.stage === 'ON_HOLD' && project.holdReason && <Typography.Text type="warning">{t('stage.holdReason', { text: project.holdReason })}</Typography.Text>}
                {project.stage === 'DROPPED' && project.dropReason && <Typography.Text type="danger">{t('stage.dropReason', { text: project.dropReason })}</Typography.Text>}
                <Typography.Text type="secondary">{t('stage.light', { rule: lightRuleText(project.light, project.lightRule, t) })}</Typography.Text>
              </Flex>
            </Card>
            <Card title={t('project.keyFacts')}>
              <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={facts} />
            </Card>
            <FundsCard project={project} />
            <MilestonesCard project={project} />
            <IssuesCard project={project} />
            <UpdatesCard project={project} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap="middle">
            <TimelineCard projectId={project.id} />
            <ProjectHistoryCard projectId={project.id} />
          </Flex>
        </Col>
      </Row>
      {project.canEdit && <ProjectEditModal project={project} open={editing} onClose={() => setEditing(false)} />}
      <StageMoveModal project={moving ? project : null} to={moving} onClose={() => setMoving(null)} />
    </Flex>
  );
}
