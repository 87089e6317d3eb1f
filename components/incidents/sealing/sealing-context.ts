import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Restriction } from '../../../lib/sealing/config';
import type { SealingSession } from './session';

export const SealingContext = createContext<SealingSession | null>(null);

export function useSealing(): SealingSession {
  const session = useContext(SealingContext);
  if (!session) throw new Error('useSealing needs a SealingContext provider');
  return session;
}

/** Sealing is on here (or incidents are sealed) and no key is in memory: content tools are hidden. */
export function useContentLocked(): boolean {
  const session = useContext(SealingContext);
  return !!session && !session.unlocked.value && (session.config.value?.recipients.length ?? 0) > 0;
}

/** A control the organisation's policy takes away from this desk (`restrictions`): not shown. */
export function useRestricted(what: Restriction): boolean {
  const session = useContext(SealingContext);
  return session?.restricted(what) ?? false;
}
