import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS, PROJECT_LIMITS } from '@chainboard/domain';
import { ChainNodeSelect, CompanySelect, creditCodeFeedback } from '@chainboard/web-crm';
import { currentLanguage } from '@chainboard/web-ui';
import { TYPE_OPTIONS } from '../filters';
import type { ProjectFormValues } from '../project-form';
import { LeaderSelect, OwnerSelect, UnitSelect } from './pickers';
import { PROJECTS_TEXTS } from '../../i18n';

export interface ProjectFormFieldsProps {
  /** The chains the project may be on (those the user may edit projects of). */
  chains: ReadonlyArray<{ id: string; name: string; leaderId: string; leadDepartmentId: string }>;
  /** New project: a company is picked or entered by name. Edit: the registered company's corrections too. */
  mode: 'create' | 'edit';
  /** The names of the people and company picked now, shown even when no longer offered. */
  current?: {
    company?: { id: string; name: string } | null;
    owner?: { id: string; name: string } | null;
    leader?: { id: string; name: string } | null;
    unit?: { id: string; name: string } | null;
  };
}

/** The investing company: the current one by name, with "change" to pick another by searching. */
function CompanyField({ id, value, onChange, current }: { id?: string; value?: string | null; onChange?: (id: string | null) => void; current?: { id: string; name: string } | null }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const [changing, setChanging] = useState(false);
  if (current && value === current.id && !changing) {
    return (
      <Flex gap="small" align="center" id={id}>
        <Typography.Text>{current.name}</Typography.Text>
        <Button size="small" onClick={() => setChanging(true)}>
          {t('project.changeCompany')}
        </Button>
      </Flex>
    );
  }
  return <CompanySelect id={id} value={value} onChange={(picked) => onChange?.(picked)} />;
}

const amount = { inputMode: 'decimal' as const, autoComplete: 'off' };

/** The project's fields, for the new-project form and the key facts edit. Stage fields move with the stage dialog. */
export function ProjectFormFields({ chains, mode, current }: ProjectFormFieldsProps) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const form = Form.useFormInstance<ProjectFormValues>();
  const chainId = Form.useWatch('chainId', form);
  const companyId = Form.useWatch('companyId', form);
  const confidential = Form.useWatch('confidential', form);
  const creditCode = Form.useWatch('registeredCreditCode', form);
  const chain = chains.find((c) => c.id === chainId) ?? null;
  const label = (field: string) => t(`project.fields.${field}`);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field: label(field) }) });
  const feedback = creditCodeFeedback(creditCode, currentLanguage());

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={label('name')} rules={[required('name')]}>
          <Input maxLength={PROJECT_LIMITS.name} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="chainId" label={label('chainId')} rules={[{ required: true, message: t('validation.required', { field: label('chainId') }) }]}>
          <Select options={chains.map((c) => ({ value: c.id, label: c.name }))} onChange={() => form.setFieldValue('nodeIds', [])} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="companyId" label={label('companyId')}>
          <CompanyField current={current?.company} />
        </Form.Item>
      </Col>
      {mode === 'create' && !companyId && (
        <Col xs={24} md={12}>
          <Form.Item name="newCompanyName" label={label('newCompanyName')} extra={t('project.newCompanyHint')}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={12}>
        <Form.Item name="nodeIds" label={label('nodeIds')}>
          <ChainNodeSelect chainId={chainId} multiple />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="type" label={label('type')}>
          <Select options={TYPE_OPTIONS.map((type) => ({ value: type, label: t(`projectType.${type}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="agreedInvestment" label={label('agreedInvestment')}>
          <Input {...amount} suffix={t('unit.yi')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="foreignAmount" label={label('foreignAmount')}>
          <Input {...amount} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="foreignCurrency" label={label('foreignCurrency')}>
          <Input maxLength={3} placeholder="USD" style={{ textTransform: 'uppercase' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="ownerId" label={label('ownerId')} extra={chain ? undefined : t('project.chooseChainFirst')}>
          <OwnerSelect chain={chain} disabled={!chain} current={current?.owner} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="responsibleLeaderId" label={label('responsibleLeaderId')}>
          <LeaderSelect current={current?.leader} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="responsibleUnitId" label={label('responsibleUnitId')}>
          <UnitSelect current={current?.unit} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="carrier" label={label('carrier')}>
          <Input maxLength={PROJECT_LIMITS.carrier} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="landAreaMu" label={label('landAreaMu')}>
          <Input {...amount} suffix={t('unit.mu')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="floorSpaceM2" label={label('floorSpaceM2')}>
          <Input {...amount} suffix={t('unit.m2')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="expectedOutput" label={label('expectedOutput')}>
          <Input {...amount} suffix={t('unit.yi')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="expectedTax" label={label('expectedTax')}>
          <Input {...amount} suffix={t('unit.yi')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="expectedJobs" label={label('expectedJobs')}>
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      {mode === 'edit' && (
        <>
          <Col xs={24} md={12}>
            <Form.Item name="registeredCompanyName" label={label('registeredCompanyName')}>
              <Input maxLength={PROJECT_LIMITS.registeredCompanyName} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="registeredCreditCode"
              label={label('registeredCreditCode')}
              validateStatus={feedback.state === 'invalid' ? 'error' : feedback.state === 'valid' ? 'success' : undefined}
              help={feedback.state === 'invalid' ? feedback.message : undefined}
            >
              <Input maxLength={PROJECT_LIMITS.creditCodeInput} spellCheck={false} style={{ fontFamily: 'monospace' }} suffix={<span />} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={12} md={6}>
        <Form.Item name="confidential" label={label('confidential')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      {confidential && (
        <Col xs={12} md={18}>
          <Form.Item name="codeName" label={label('codeName')} extra={t('project.codeNameHint')}>
            <Input maxLength={LEAD_LIMITS.codeName} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
