// Importing @preact/signals installs its Preact integration: components that read a signal's
// value re-render when it changes, and signals passed into JSX update text in place.
import '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from '../../lib/app-state';

/** The panel's state model, passed by context so tests can build their own. */
export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState needs an AppStateContext provider');
  return state;
}
