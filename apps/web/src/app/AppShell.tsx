import { Suspense, lazy } from 'react';
import { Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '@chainboard/web-auth';
import { AppLayout, PageLoading } from '@chainboard/web-ui';

// The navigation bar (menu, drawer, the search box) loads in its own chunk, as the pages do: the entry stays small.
const NavBar = lazy(() => import('./NavBar').then((m) => ({ default: m.NavBar })));

/** The navigation bar's height while it loads, so that the page does not jump. */
const NAV_PLACEHOLDER = <div style={{ height: 48, marginBottom: 16 }} />;

/** The frame of every signed-in page: header, navigation bar (sections, search, new lead); pages load lazily inside. */
export function AppShell() {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <AppLayout user={user} onSignOut={() => void signOut()} onChangePassword={() => navigate('/account/password')}>
      <Suspense fallback={NAV_PLACEHOLDER}>
        <NavBar user={user} />
      </Suspense>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}
