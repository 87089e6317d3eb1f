import { render } from 'preact';
import { browser } from 'wxt/browser';
import { signal } from '@preact/signals';
import { lazyDatabase } from '../lib/db-handle';
import { TRAINING_DATABASE } from '../lib/training/mode';
import { createSessionState, trainingSessionItem } from '../lib/training/session';
import { recordNames } from '../lib/settings/effective';
import { referralCatalogue } from '../content';
import { browserOrgConfig } from './providers';
import { pageTrainingMode } from './training';
import { Presenter } from '../components/training/Presenter';
import { TrainingFrame } from '../components/training/TrainingBanner';
import '../components/ui/theme.css';

/** Quarter-second ticks keep the hold clock smooth at 10x and 60x. */
const TICK_MS = 250;

/**
 * The presenter tab: in training mode it reads the training session and the practice database
 * (never the real one); out of training it says so and opens nothing.
 */
export function startPresenter(root: HTMLElement): void {
  const mode = pageTrainingMode();
  void mode.ready.then(async (training) => {
    if (!training) {
      render(
        <main class="presenter">
          <h1>Presenter view</h1>
          <p>The presenter view works in training mode. Turn on “Training mode” in the call guide’s panel.</p>
        </main>,
        root,
      );
      return;
    }
    const sessions = createSessionState({ store: trainingSessionItem(), realNow: () => Date.now() });
    // The debrief names the organisation from the effective configuration (a pack's included).
    const org = browserOrgConfig(referralCatalogue);
    await Promise.all([sessions.load(), org.load().catch(() => {})]);
    sessions.watch();
    const now = signal(sessions.now());
    setInterval(() => (now.value = sessions.now()), TICK_MS);
    render(
      <TrainingFrame on={mode.on}>
        <Presenter
          session={sessions.session}
          database={lazyDatabase(TRAINING_DATABASE)}
          now={now}
          organisation={recordNames(org).organisation}
          incidentLogUrl={browser.runtime.getURL('/incidents.html')}
        />
      </TrainingFrame>,
      root,
    );
  });
}
