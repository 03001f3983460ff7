import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { useAuth } from '@chainboard/web-auth';
import { AppLayout, PageLoading } from '@chainboard/web-ui';

/** The frame of every signed-in page; the pages themselves load lazily inside it. */
export function AppShell() {
  const { user, signOut } = useAuth();
  return (
    <AppLayout user={user} onSignOut={signOut}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}
