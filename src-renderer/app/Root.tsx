import { useEffect, useState } from 'react';
import { createBridge } from '../bridge/createBridge';
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
  const [stores] = useState<AppStores>(() => {
    let statusRef: AppStores['status'] | null = null;
    const api = createBridge({ onConnectionChange: (connected) => statusRef?.getState().setConnected(connected) });
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

  useEffect(() => (quick ? undefined : connectAppStores(stores)), [stores, quick]);

  return <AppContext.Provider value={stores}>{quick ? <QuickAskView /> : <App />}</AppContext.Provider>;
}
