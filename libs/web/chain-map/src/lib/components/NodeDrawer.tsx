import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Popconfirm, Select, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PROJECT_STAGES } from '@chainboard/domain';
import type { ChainMapNodeQuery } from '@chainboard/web-graphql';
import { ErrorAlert, SubListPager, useSubListPage, type SubListPage } from '@chainboard/web-ui';
import { deleteBlocker, edgeProblem, type MapNode } from '../data/edit';
import { useChainNode } from '../data/hooks';
import type { MapModel } from '../graph/model';
import { CHAIN_MAP_NS } from '../../i18n';
import { FlagTags, StatusSourceTag, StatusTag } from './tags';

type NodeDetail = ChainMapNodeQuery['chainNode'];

export interface NodeDrawerProps {
  node: MapNode | null;
  model: MapModel;
  /** Edit mode is on (and the user may edit). */
  editing: boolean;
  busy: boolean;
  onClose: () => void;
  onSelectNode: (id: string) => void;
  onEdit: (node: MapNode) => void;
  onAddChild: (node: MapNode) => void;
  onDelete: (node: MapNode) => void;
  onAddEdge: (fromId: string, toId: string) => void;
  onDeleteEdge: (edgeId: string) => void;
}

/** Options whose name is the query first, then names starting with it, then the rest (so Enter picks the exact name). */
function byMatch(a: string, b: string, query: string): number {
  const rank = (label: string) => (label === query ? 0 : label.startsWith(query) ? 1 : 2);
  return rank(a) - rank(b);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={6} component="section" aria-label={title}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

function Empty({ text }: { text: string }) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}

function Companies({ detail, window }: { detail: NodeDetail; window: SubListPage }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  if (!detail.companies.length) return <Empty text={t('drawer.noCompanies')} />;
  return (
    <Flex vertical gap={4}>
      <Flex vertical gap={4} role="list">
        {detail.companies.map((c) => (
          <Flex key={c.id} gap={8} align="center" role="listitem">
            <Tag color={c.role === 'ANCHOR' ? 'gold' : c.role === 'LOCAL' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
              {t(`role.${c.role}`)}
            </Tag>
            <Typography.Text>{c.company.name}</Typography.Text>
          </Flex>
        ))}
      </Flex>
      <SubListPager total={detail.companyCount} window={window} label={t('drawer.companiesPager')} />
    </Flex>
  );
}

function Leads({ detail, window }: { detail: NodeDetail; window: SubListPage }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  if (!detail.leads.length) return <Empty text={t('drawer.noLeads')} />;
  return (
    <Flex vertical gap={4}>
      <Flex vertical gap={4} role="list">
        {detail.leads.map((lead) => (
          <Flex key={lead.id} gap={8} align="center" wrap role="listitem">
            <Tag style={{ marginInlineEnd: 0 }}>{t(`leadStatus.${lead.status}`)}</Tag>
            <Typography.Text>{lead.title}</Typography.Text>
            {lead.company && <Typography.Text type="secondary">{lead.company.name}</Typography.Text>}
          </Flex>
        ))}
      </Flex>
      <SubListPager total={detail.leadCount} window={window} label={t('drawer.leadsPager')} />
    </Flex>
  );
}

/**
 * The page's projects grouped by stage; each stage's heading counts every project of the node in that stage (the map's
 * counts), not only those on the page.
 */
function Projects({ detail, byStage, window }: { detail: NodeDetail; byStage: MapNode['projectsByStage']; window: SubListPage }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  if (!detail.projects.length) return <Empty text={t('drawer.noProjects')} />;
  const stageCount = new Map(byStage.map((s) => [s.stage, s.count]));
  return (
    <Flex vertical gap={8}>
      {PROJECT_STAGES.map((stage) => {
        const projects = detail.projects.filter((p) => p.stage === stage);
        if (!projects.length) return null;
        return (
          <Flex key={stage} vertical gap={2} role="group" aria-label={t(`stage.${stage}`)}>
            <Typography.Text strong>{`${t(`stage.${stage}`)} (${Math.max(stageCount.get(stage) ?? 0, projects.length)})`}</Typography.Text>
            {projects.map((p) => (
              <Flex key={p.id} gap={8} wrap style={{ paddingInlineStart: 12 }}>
                <Link to={`/projects/${p.id}`}>{p.name}</Link>
                {p.company && <Typography.Text type="secondary">{p.company.name}</Typography.Text>}
                {p.investment && <Typography.Text type="secondary">{t('drawer.investment', { amount: p.investment })}</Typography.Text>}
              </Flex>
            ))}
          </Flex>
        );
      })}
      <SubListPager total={detail.projectCount} window={window} label={t('drawer.projectsPager')} />
    </Flex>
  );
}

function Policies({ detail }: { detail: NodeDetail }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  if (!detail.policies.length) return <Empty text={t('drawer.noPolicies')} />;
  return (
    <Flex vertical gap={4} role="list">
      {detail.policies.map((p) => (
        <Flex key={p.id} vertical role="listitem">
          <Typography.Text>{p.title}</Typography.Text>
          {p.documentNumber && <Typography.Text type="secondary">{p.documentNumber}</Typography.Text>}
        </Flex>
      ))}
    </Flex>
  );
}

function Edges({ node, model, editing, busy, onSelectNode, onAddEdge, onDeleteEdge }: Omit<NodeDrawerProps, 'node' | 'onClose' | 'onEdit' | 'onAddChild' | 'onDelete'> & { node: MapNode }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const [target, setTarget] = useState<string | null>(null);
  const name = (id: string) => model.byId.get(id)?.node.name ?? id;
  const incoming = model.edges.filter((e) => e.toId === node.id);
  const outgoing = model.edges.filter((e) => e.fromId === node.id);
  const targetOptions = model.order
    .filter((id) => edgeProblem(model, node.id, id) === null)
    .map((id) => ({ value: id, label: name(id) }));

  const list = (edges: typeof incoming, other: (e: (typeof incoming)[number]) => string) =>
    edges.length === 0 ? (
      <Empty text={t('drawer.noEdges')} />
    ) : (
      <Flex vertical gap={2} role="list">
        {edges.map((e) => (
          <Flex key={e.id} align="center" gap={4} role="listitem">
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelectNode(other(e))}>
              {name(other(e))}
            </Button>
            {editing && (
              <Popconfirm
                title={t('edit.deleteEdgeConfirm', { from: name(e.fromId), to: name(e.toId) })}
                okText={t('edit.deleteEdge')}
                cancelText={t('edit.cancel')}
                onConfirm={() => onDeleteEdge(e.id)}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('edit.deleteEdge')}: ${name(e.fromId)} → ${name(e.toId)}`} />
              </Popconfirm>
            )}
          </Flex>
        ))}
      </Flex>
    );

  return (
    <Flex vertical gap={6}>
      <Typography.Text type="secondary">{t('drawer.suppliers')}</Typography.Text>
      {list(incoming, (e) => e.fromId)}
      <Typography.Text type="secondary">{t('drawer.buyers')}</Typography.Text>
      {list(outgoing, (e) => e.toId)}
      {editing && (
        <Space.Compact style={{ width: '100%' }}>
          <Select
            showSearch={{ optionFilterProp: 'label', filterSort: (a, b, info) => byMatch(a.label, b.label, info.searchValue) }}
            style={{ flex: 1 }}
            aria-label={t('edit.addEdgeTarget')}
            placeholder={t('edit.addEdgeFrom')}
            value={target}
            onChange={setTarget}
            options={targetOptions}
            data-testid="edge-target-select"
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!target}
            loading={busy}
            onClick={() => {
              if (target) onAddEdge(node.id, target);
              setTarget(null);
            }}
          >
            {t('edit.addEdge')}
          </Button>
        </Space.Compact>
      )}
    </Flex>
  );
}

/** The side panel of a node: what it is, what sits on it (companies, leads, projects by stage, a page of each), policies naming it. */
export function NodeDrawer(props: NodeDrawerProps) {
  const { node, model, editing, busy, onClose, onEdit, onAddChild, onDelete } = props;
  const { t } = useTranslation(CHAIN_MAP_NS);
  const windows = {
    companies: useSubListPage(undefined, node?.id),
    leads: useSubListPage(undefined, node?.id),
    projects: useSubListPage(undefined, node?.id),
  };
  const detail = useChainNode(node?.id ?? null, windows);
  const blocked = node ? deleteBlocker(model, node.id) : null;

  return (
    <Drawer
      open={node !== null}
      onClose={onClose}
      mask={false}
      size={460}
      title={node?.name}
      closable={{ 'aria-label': t('drawer.close') }}
      data-testid="node-drawer"
      extra={node && <StatusTag status={node.status} />}
    >
      {node && (
        <Flex vertical gap="large">
          {editing && (
            <Flex gap="small" wrap>
              <Button icon={<EditOutlined />} onClick={() => onEdit(node)}>
                {t('edit.editNode')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => onAddChild(node)}>
                {t('edit.addChild')}
              </Button>
              {blocked ? (
                <Tooltip title={t('edit.deleteBlocked')}>
                  <Button danger icon={<DeleteOutlined />} disabled>
                    {t('edit.deleteNode')}
                  </Button>
                </Tooltip>
              ) : (
                <Popconfirm
                  title={t('edit.deleteConfirm', { name: node.name })}
                  okText={t('edit.deleteNode')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('edit.cancel')}
                  onConfirm={() => onDelete(node)}
                >
                  <Button danger icon={<DeleteOutlined />} loading={busy}>
                    {t('edit.deleteNode')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          )}
          <FlagTags isHighEnd={node.isHighEnd} isKey={node.isKey} isUncovered={node.isUncovered} />
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'position', label: t('drawer.position'), children: node.position ? t(`position.${node.position}`) : t('position.none') },
              {
                key: 'statusSource',
                label: t('drawer.statusSource'),
                children: <StatusSourceTag source={node.statusSource} />,
              },
              { key: 'industryCode', label: t('drawer.industryCode'), children: node.industryCode || t('drawer.noCompany') },
              {
                key: 'counts',
                label: t('drawer.counts'),
                children: t('drawer.countsValue', {
                  companies: node.localCompanies,
                  anchors: node.anchorCompanies,
                  targets: node.targetCompanies,
                  leads: node.activeLeads,
                  projects: node.activeProjects,
                }),
              },
              ...(node.description ? [{ key: 'description', label: t('drawer.description'), children: node.description }] : []),
            ]}
          />
          {detail.isPending ? (
            <Spin />
          ) : detail.error ? (
            <ErrorAlert error={detail.error} />
          ) : (
            <>
              <Section title={t('drawer.companies')}>
                <Companies detail={detail.data} window={windows.companies} />
              </Section>
              <Section title={t('drawer.leads')}>
                <Leads detail={detail.data} window={windows.leads} />
              </Section>
              <Section title={t('drawer.projects')}>
                <Projects detail={detail.data} byStage={node.projectsByStage} window={windows.projects} />
              </Section>
              <Section title={t('drawer.policies')}>
                <Policies detail={detail.data} />
              </Section>
            </>
          )}
          <Section title={t('drawer.edges')}>
            <Edges key={node.id} {...props} node={node} />
          </Section>
        </Flex>
      )}
    </Drawer>
  );
}
