import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** What someone without the right sees instead of an admin page. */
export function Forbidden({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={title}
      subTitle={t('app.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
