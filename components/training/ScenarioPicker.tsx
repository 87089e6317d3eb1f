import { useState } from 'preact/hooks';
import { scenarios } from '../../content/scenarios';
import { scenariosFor } from '../../content/scenarios/by-organisation';
import { SPEEDS } from '../../lib/training/scenario-clock';
import type { Trainer } from '../../lib/training/trainer';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';
import { practiseContext } from './practise-context';
import { PlaybookNote } from './PlaybookNote';
import { SPEED_LABELS } from './speed-labels';

/** The trainer picks a scenario, the clock's speed and whether the trainee sees the caller's lines. */
export function ScenarioPicker({ trainer, presenterUrl }: { trainer: Trainer; presenterUrl: string }) {
  const app = useAppState();
  const { model } = useCall();
  const last = trainer.session.value;
  // The organisation's own scenarios first, and one of them chosen to begin with.
  const ordered = scenariosFor(scenarios, app.playbook.value?.id);
  const [scenarioId, setScenarioId] = useState(last?.scenarioId ?? ordered[0]!.id);
  const [speed, setSpeed] = useState<number>(last?.clock.speed ?? 1);
  const [showLines, setShowLines] = useState(last?.showCallerLines ?? true);
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0]!;
  const context = practiseContext(app);
  const inCall = model.active.value;

  return (
    <section class="card training-card" aria-labelledby="scenario-picker-heading">
      <h2 id="scenario-picker-heading">Practise a scenario</h2>
      <div class="field">
        <label for="scenario-choice">Scenario</label>
        <select id="scenario-choice" value={scenarioId} onChange={(event) => setScenarioId(event.currentTarget.value)}>
          {ordered.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <span class="hint">{scenario.summary}</span>
      </div>
      <PlaybookNote scenario={scenario} />
      <fieldset class="field">
        <legend>Scenario clock</legend>
        {SPEEDS.map((value) => (
          <label class="check" key={value}>
            <input type="radio" name="scenario-speed" checked={speed === value} onChange={() => setSpeed(value)} />
            {SPEED_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" checked={showLines} onChange={(event) => setShowLines(event.currentTarget.checked)} />
        Show the caller’s lines in the panel
      </label>
      {inCall && <p class="hint">End the current practice call to start a scenario.</p>}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={inCall || !context}
          onClick={() => context && void trainer.start(scenarioId, { speed, showCallerLines: showLines }, context)}
        >
          Start scenario
        </button>
        <a href={presenterUrl} target="_blank" rel="noopener">
          Open presenter view
        </a>
      </div>
    </section>
  );
}
