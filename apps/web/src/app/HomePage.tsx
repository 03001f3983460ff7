import { Navigate } from 'react-router-dom';
import { useAuth } from '@chainboard/web-auth';
import { ChainsOverviewPage } from '@chainboard/web-chains';
import { landsOnMyWork } from './navigation';

/** "/": investment staff start on "My work"; everyone else on the chains overview (also at /chains). */
export function HomePage() {
  const { user } = useAuth();
  if (landsOnMyWork(user?.role)) return <Navigate to="/my-work" replace />;
  return <ChainsOverviewPage />;
}
