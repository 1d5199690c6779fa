import { useEffect, useState } from 'react';
import { createBridge } from '../bridge/createBridge';
import type { AccessProblem } from '../bridge/createBridge';
import { AccessProblemPage } from '../features/firstRun/AccessProblemPage';
import { QuickAskView } from '../features/quick/QuickAskView';
import { isQuickAskRoute } from '../features/quick/quickAskRoutes';
import { AppContext } from './AppContext';
import { App } from './App';
import { connectAppStores, createAppStores } from './createAppStores';
import type { AppStores } from './createAppStores';

function isQuickRoute(): boolean {
  return isQuickAskRoute(window.location.hash);
}

/** Creates the one bridge and the stores, once, and picks the route: the main window or the tray's quick-ask. */
export function Root() {
  const [accessProblem, setAccessProblem] = useState<AccessProblem | null>(null);
  const [stores] = useState<AppStores>(() => {
    let statusRef: AppStores['status'] | null = null;
    const api = createBridge({ onConnectionChange: (connected) => statusRef?.getState().setConnected(connected), onAccessProblem: setAccessProblem });
    const created = createAppStores(api);
    statusRef = created.status;
    return created;
  });
  const [quick, setQuick] = useState(isQuickRoute);

  useEffect(() => {
    const onHash = () => setQuick(isQuickRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => (quick || accessProblem ? undefined : connectAppStores(stores)), [stores, quick, accessProblem]);

  if (accessProblem) return <AccessProblemPage problem={accessProblem} />;

  return <AppContext.Provider value={stores}>{quick ? <QuickAskView /> : <App />}</AppContext.Provider>;
}
