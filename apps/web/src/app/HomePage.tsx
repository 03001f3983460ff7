import { Navigate } from 'react-router-dom';
import { useAuth } from '@chainboard/web-auth';
import { ChainsOverviewPage } from '@chainboard/web-chains';
import { landsOnDashboard, landsOnMyWork } from './navigation';

/**
 * "/": investment staff start on "My work"; chain leaders on the dashboard, which opens on the chain they lead;
 * everyone else on the chains overview (also at /chains).
 */
export function HomePage() {
  const { user } = useAuth();
  if (landsOnMyWork(user?.role)) return <Navigate to="/my-work" replace />;
  if (landsOnDashboard(user?.role)) return <Navigate to="/dashboard" replace />;
  return <ChainsOverviewPage />;
}
