/**
 * The trainer for a panel page in training mode, loaded only then: the scenarios, the attempt's
 * draft in the training database, and the link to the panel's guide.
 */
import { scenarios } from '../../content/scenarios';
import { createDraftStore } from '../call/draft-store';
import type { DatabaseHandle } from '../db-handle';
import type { Guide } from '../guide';
import { ATTEMPT_DRAFT, type Attempt } from './attempt';
import { followGuide } from './follow';
import type { SessionState } from './session';
import { createTrainer, type Trainer } from './trainer';

export interface PanelTrainerDeps {
  guide: Pick<Guide, 'app' | 'call'>;
  sessions: SessionState;
  database: DatabaseHandle;
  realNow(): number;
}

export async function createPanelTrainer(deps: PanelTrainerDeps): Promise<{ trainer: Trainer; flush(): Promise<void> }> {
  const attempts = createDraftStore<Attempt>(deps.database, ATTEMPT_DRAFT, { now: deps.realNow });
  const trainer = createTrainer({
    sessions: deps.sessions,
    attempts,
    scenarios,
    liveCall: deps.guide.call.call,
    realNow: deps.realNow,
  });
  await trainer.load();
  followGuide(trainer, deps.guide, deps.sessions.now);
  return { trainer, flush: attempts.flush };
}
