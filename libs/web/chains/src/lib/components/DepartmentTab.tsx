import { Descriptions, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartments, useReassignChainLeadDepartment } from '../hooks';
import { ReassignControl } from './ReassignControl';
import type { ChainDetail } from './types';
import { CHAINS_NS } from '../../i18n';

/** 牵头部门: the department that runs the chain's daily work; an admin may hand it to another department. */
export function DepartmentTab({ chain, canReassign }: { chain: ChainDetail; canReassign: boolean }) {
  const { t } = useTranslation(CHAINS_NS);
  const department = chain.leadDepartment;
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'name', label: t('chains.department.name'), children: department.name },
          { key: 'shortName', label: t('chains.department.shortName'), children: department.shortName || t('common.none') },
        ]}
      />
      {canReassign && (
        <>
          <Divider />
          <ReassignDepartment chain={chain} />
        </>
      )}
    </>
  );
}

function ReassignDepartment({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation(CHAINS_NS);
  const departments = useDepartments();
  const reassign = useReassignChainLeadDepartment(chain.id);
  const options = (departments.data ?? []).map((d) => ({
    value: d.id,
    label: d.shortName ? t('chains.department.option', { name: d.name, short: d.shortName }) : d.name,
  }));

  return (
    <ReassignControl
      label={t('chains.department.reassignLabel')}
      placeholder={t('chains.department.reassignPlaceholder')}
      buttonText={t('chains.department.reassign')}
      successText={t('chains.department.reassigned')}
      currentId={chain.leadDepartmentId}
      options={options}
      loading={departments.isPending}
      loadError={departments.error}
      pending={reassign.isPending}
      onReassign={(departmentId) => reassign.mutateAsync(departmentId)}
    />
  );
}
