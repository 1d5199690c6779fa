import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { AppStores } from './createAppStores';

export const AppContext = createContext<AppStores | null>(null);

export function useAppStores(): AppStores {
  const stores = useContext(AppContext);
  if (!stores) throw new Error('useAppStores outside <AppContext.Provider>');
  return stores;
}

/** `useStore` with a selector, typed for our vanilla stores. */
export function useSlice<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  return useStore(store, selector);
}
