import { EditOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Descriptions, Flex, Row, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { chainsAllowing, ContactFormModal, crmAbilities, formatDateTime, formatRegion, PagedContactsTimeline, useCrmChains } from '@chainboard/web-crm';
import type { CompanyDetailQuery } from '@chainboard/web-graphql';
import { ErrorAlert, PageLoading } from '@chainboard/web-ui';
import { CompanyEditModal } from '../components/CompanyEditModal';
import { DeleteCompanyButton } from '../components/DeleteCompanyButton';
import { CompanyHistoryCard } from '../components/CompanyHistoryCard';
import { CompanyLeadsList, CompanyProjectsList, CompanyProspectsList } from '../components/CompanySubLists';
import { MergeModal } from '../components/MergeModal';
import { NodesCard } from '../components/NodesCard';
import { TagsCard } from '../components/TagsCard';
import { useCompany } from '../hooks';
import { COMPANIES_TEXTS } from '../../../i18n';

type Company = CompanyDetailQuery['company'];

/** /companies/:id — a company's page: profile, tags, chain nodes, prospects, leads, projects and contacts. */
export function CompanyPage() {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const { id = '' } = useParams<{ id: string }>();
  const query = useCompany(id);

  const breadcrumb = (name?: string) => (
    <Breadcrumb items={[{ title: <Link to="/companies">{t('nav.companies')}</Link> }, ...(name ? [{ title: name }] : [])]} />
  );
  if (query.isPending) return <PageLoading />;
  if (query.error) {
    return (
      <Flex vertical gap="middle">
        {breadcrumb()}
        <ErrorAlert error={query.error} />
      </Flex>
    );
  }
  return <CompanyContent company={query.data} breadcrumb={breadcrumb(query.data.name)} />;
}

function CompanyContent({ company, breadcrumb }: { company: Company; breadcrumb: React.ReactNode }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const { user } = useAuth();
  const actor = user ? actorOf(user) : null;
  const abilities = crmAbilities(actor);
  const chains = useCrmChains();
  // Editing a prospect is a right on its chain (a chain leader edits those of their own chains).
  const prospectChainIds = new Set(chainsAllowing(actor, 'prospect.edit', chains.data ?? []).map((c) => c.id));
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const none = t('common.none');
  const yesNo = (v: boolean) => (v ? t('yes') : t('no'));

  const profile = [
    { key: 'name', label: t('company.fields.name'), children: company.name },
    { key: 'englishName', label: t('company.fields.englishName'), children: company.englishName || none },
    { key: 'aliases', label: t('company.fields.aliases'), children: company.aliases.length ? company.aliases.join(t('listSeparator')) : none },
    { key: 'creditCode', label: t('company.fields.creditCode'), children: <span style={{ fontFamily: 'monospace' }}>{company.creditCode || none}</span> },
    { key: 'region', label: t('company.columns.region'), children: formatRegion(company.province, company.city) || none },
    { key: 'headquarters', label: t('company.fields.headquarters'), children: company.headquarters || none },
    { key: 'isListed', label: t('company.fields.isListed'), children: yesNo(company.isListed) },
    { key: 'isLocal', label: t('company.fields.isLocal'), children: yesNo(company.isLocal) },
    { key: 'lastContactOn', label: t('company.columns.lastContactOn'), children: company.lastContactOn || none },
    { key: 'updatedAt', label: t('company.columns.updatedAt'), children: formatDateTime(company.updatedAt) },
  ];

  const tabs = [
    {
      key: 'leads',
      label: t('company.tabs.leads', { count: company.leadCount }),
      children: <CompanyLeadsList companyId={company.id} />,
    },
    {
      key: 'contacts',
      label: t('company.tabs.contacts', { count: company.contactCount }),
      children: (
        <Flex vertical gap="small">
          {abilities.editLeads && (
            <div>
              <Button icon={<PlusOutlined />} onClick={() => setAddingContact(true)}>
                {t('contact.add')}
              </Button>
            </div>
          )}
          <PagedContactsTimeline of={{ companyId: company.id }} showLead canEdit={abilities.editLeads} />
        </Flex>
      ),
    },
    {
      key: 'prospects',
      label: t('company.tabs.prospects', { count: company.prospectCount }),
      children: <CompanyProspectsList companyId={company.id} canEdit={(p) => prospectChainIds.has(p.chain.id)} />,
    },
    {
      key: 'projects',
      label: t('company.tabs.projects', { count: company.projectCount }),
      children: <CompanyProjectsList companyId={company.id} />,
    },
  ];

  return (
    <Flex vertical gap="middle">
      {breadcrumb}
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Flex align="center" gap="small" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {company.name}
          </Typography.Title>
          {company.isListed && <Tag color="purple">{t('company.listed')}</Tag>}
          {company.isLocal && <Tag color="green">{t('company.local')}</Tag>}
        </Flex>
        <Flex gap="small" wrap>
          {abilities.editCompanies && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {abilities.mergeCompanies && (
            <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
              {t('merge.button')}
            </Button>
          )}
          <DeleteCompanyButton company={company} />
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Flex vertical gap="middle">
            <Card size="small" title={t('company.profileTitle')}>
              <Descriptions size="small" column={1} items={profile} />
            </Card>
            <TagsCard companyId={company.id} tags={company.tags} canEdit={abilities.editCompanies} />
            <NodesCard companyId={company.id} nodes={company.nodes} canEdit={abilities.editCompanies} />
            <CompanyHistoryCard companyId={company.id} />
          </Flex>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Tabs items={tabs} defaultActiveKey="leads" />
          </Card>
        </Col>
      </Row>
      {abilities.editCompanies && <CompanyEditModal company={company} open={editing} onClose={() => setEditing(false)} />}
      {abilities.mergeCompanies && <MergeModal survivor={company} open={merging} onClose={() => setMerging(false)} />}
      <ContactFormModal open={addingContact} target={{ companyId: company.id }} onClose={() => setAddingContact(false)} />
    </Flex>
  );
}
