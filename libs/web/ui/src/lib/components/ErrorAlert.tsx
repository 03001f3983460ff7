import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../error-message';

export interface ErrorAlertProps {
  /** The error to show; nothing is rendered when there is none. */
  error: unknown;
  className?: string;
}

/** Shows an API error's message (in the user's language) as an antd error alert. */
export function ErrorAlert({ error, className }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert className={className} type="error" showIcon role="alert" title={errorMessage(error, t)} />;
}
