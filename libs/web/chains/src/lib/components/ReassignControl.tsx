import { App, Button, Flex, Form, Select } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, errorMessage } from '@chainboard/web-ui';
import { CHAINS_NS } from '../../i18n';

export interface ReassignOption {
  value: string;
  label: string;
}

export interface ReassignControlProps {
  /** Label of the control, e.g. 更换链长. */
  label: string;
  placeholder: string;
  buttonText: string;
  successText: string;
  currentId: string;
  options: ReassignOption[];
  loading: boolean;
  /** Error of loading the options. */
  loadError: unknown;
  pending: boolean;
  onReassign: (id: string) => Promise<unknown>;
}

/** A select of candidates and a button that makes the chosen one the chain's leader (or lead department). */
export function ReassignControl(props: ReassignControlProps) {
  const { t } = useTranslation(CHAINS_NS);
  const { message } = App.useApp();
  const id = useId();
  const [selected, setSelected] = useState<string>(props.currentId);

  const submit = async () => {
    try {
      await props.onReassign(selected);
      message.success(props.successText);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  return (
    <Form layout="vertical" onFinish={submit}>
      <Form.Item label={props.label} htmlFor={id}>
        <Flex gap="small" wrap>
          <Select
            id={id}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ flex: '1 1 240px', minWidth: 0 }}
            value={selected}
            onChange={setSelected}
            options={props.options}
            loading={props.loading}
            placeholder={props.placeholder}
          />
          <Button type="primary" htmlType="submit" loading={props.pending} disabled={!selected || selected === props.currentId}>
            {props.buttonText}
          </Button>
        </Flex>
      </Form.Item>
      <ErrorAlert error={props.loadError} />
    </Form>
  );
}
