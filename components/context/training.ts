// Importing @preact/signals installs its Preact integration (see app-state.ts).
import '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import type { SessionState } from '../../lib/training/session';
import type { Trainer } from '../../lib/training/trainer';

/** Training mode as the panel's components see it; absent (null) where a page has none. */
export interface TrainingServices {
  /** Whether this page is in training mode (the cached copy first, then the stored switch). */
  on: ReadonlySignal<boolean>;
  /** Turns training on; every open page reloads into it. */
  enter(): Promise<void>;
  /** Leaves training, deleting the practice database and session first if `clear`. */
  leave(clear: boolean): Promise<void>;
  sessions: SessionState;
  /** The trainer, once its code has loaded (in training mode only). */
  trainer: ReadonlySignal<Trainer | null>;
  presenterUrl: string;
}

export const TrainingContext = createContext<TrainingServices | null>(null);

export function useTraining(): TrainingServices | null {
  return useContext(TrainingContext);
}
