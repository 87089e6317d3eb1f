import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { scenarios } from '../../content/scenarios';
import type { DatabaseHandle } from '../../lib/db-handle';
import { attemptEvents } from '../../lib/training/attempt';
import { buildDebrief } from '../../lib/training/debrief';
import { readPresenterFeed } from '../../lib/training/presenter-feed';
import { currentBeat } from '../../lib/training/script';
import type { TrainingSession } from '../../lib/training/session';
import { lazyComponent } from '../ui/lazy';
import { useLiveQuery } from '../ui/use-live-query';
import { DebriefView } from './DebriefView';
import { keyFacts, panelNow } from './panel-now';
import { PresenterFacts } from './PresenterFacts';
import './presenter.css';

// Side-by-side coaching, as in the panel: loaded when a team leader opens it.
const PresenterCoaching = lazyComponent(() => import('../reviews/PresenterCoaching').then((m) => m.PresenterCoaching)).Lazy;

interface Props {
  session: ReadonlySignal<TrainingSession | null>;
  database: DatabaseHandle;
  /** Call time, ticking: the scenario clock the panel uses. */
  now: ReadonlySignal<number>;
  /** The organisation a playbook belongs to, from the effective configuration (packs included). */
  organisation(playbookId: string): string;
  /** Where the incident log opens, to find a review saved from coaching. */
  incidentLogUrl?: string;
}

/**
 * For projecting while trainees watch: the caller's line beside what the trainee's panel shows,
 * kept in step through the training database's live-call draft.
 */
export function Presenter({ session, database, now, organisation, incidentLogUrl = '/incidents.html' }: Props) {
  const feed = useLiveQuery(database, readPresenterFeed, []);
  const [coaching, setCoaching] = useState(false);
  const current = session.value;
  const scenario = scenarios.find((s) => s.id === current?.scenarioId);
  if (!current || !scenario) {
    return (
      <main class="presenter">
        <h1>Presenter view</h1>
        <p class="presenter-wait">No scenario is running. Start one from “Practise a scenario” in the call guide.</p>
      </main>
    );
  }
  const { live, attempt } = feed.status === 'ready' ? feed.value : { live: null, attempt: null };
  const mine = attempt?.scenarioId === scenario.id ? attempt : null;
  const beat = mine ? currentBeat(scenario, attemptEvents(mine, live)) : 0;
  const line = beat === null ? null : scenario.script[beat];
  const following = beat === null ? null : scenario.script[beat + 1];
  const debrief = mine && mine.endedAt !== null ? buildDebrief(scenario, mine) : null;

  return (
    <main class="presenter">
      <header class="presenter-head">
        <h1>{scenario.title}</h1>
        <p>
          Caller: {scenario.caller.title} {scenario.caller.firstName} {scenario.caller.surname} · scenario clock {current.clock.speed}x
        </p>
        <button type="button" aria-pressed={coaching} onClick={() => setCoaching(!coaching)}>
          Coaching
        </button>
      </header>
      {debrief && <PresenterFacts rows={keyFacts(live)} />}
      {debrief ? (
        <DebriefView debrief={debrief} organisation={organisation(debrief.playbookId)} />
      ) : (
        <div class="presenter-grid">
          <section aria-labelledby="presenter-caller-heading">
            <h2 id="presenter-caller-heading">The caller says</h2>
            {line ? (
              <>
                <blockquote class="presenter-line">{line.caller}</blockquote>
                <p class="presenter-meta">
                  Line {beat! + 1} of {scenario.script.length}
                  {line.note ? ` · ${line.note}` : ''}
                </p>
                {following && <p class="presenter-then">Then: {following.caller}</p>}
              </>
            ) : (
              <p class="presenter-line">End of the script.</p>
            )}
          </section>
          <section aria-labelledby="presenter-panel-heading">
            <h2 id="presenter-panel-heading">The panel now</h2>
            <dl class="presenter-state">
              {panelNow(live, mine?.hold ?? null, now.value, mine?.playbookId).map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      )}
      {coaching && (
        <PresenterCoaching
          call={live ?? mine?.call ?? null}
          attempt={mine}
          database={database}
          now={now.value}
          incidentLogUrl={incidentLogUrl}
          onClose={() => setCoaching(false)}
        />
      )}
    </main>
  );
}
