import { SPEEDS } from '../../lib/training/scenario-clock';
import type { Trainer } from '../../lib/training/trainer';
import { useCall } from '../context/call';
import { PlaybookNote } from './PlaybookNote';

/**
 * The running scenario in the panel: the caller's current line (if the trainer shows it), the
 * clock's speed, and a way out. Compact, because the call itself needs the room.
 */
export function ScenarioCard({ trainer }: { trainer: Trainer }) {
  const { model } = useCall();
  const scenario = trainer.scenario.value;
  const session = trainer.session.value;
  if (!scenario || !session) return null;
  const beat = trainer.beat.value;
  const line = beat === null ? null : scenario.script[beat];

  // Named for what it is, not by its title: a title with "hold" in it must not pass for the Hold bar.
  return (
    <section class="card training-card scenario-card" aria-label="Training scenario">
      <h2>Scenario: {scenario.title}</h2>
      <PlaybookNote scenario={scenario} />
      {!model.active.value && <p class="hint">Press Start call when the phone rings.</p>}
      {session.showCallerLines && line && (
        <figure class="caller-line" aria-label="The caller says">
          <blockquote>{line.caller}</blockquote>
          <figcaption>
            Line {beat! + 1} of {scenario.script.length}
          </figcaption>
        </figure>
      )}
      <div class="scenario-tools">
        <div role="group" aria-label="Scenario clock" class="segmented">
          {SPEEDS.map((speed) => (
            <button key={speed} type="button" aria-pressed={session.clock.speed === speed} onClick={() => void trainer.setSpeed(speed)}>
              {speed}x
            </button>
          ))}
        </div>
        <label class="check">
          <input type="checkbox" checked={session.showCallerLines} onChange={(event) => void trainer.setShowCallerLines(event.currentTarget.checked)} />
          Show the caller’s lines
        </label>
        {/* The call's times are in scenario time: it ends (and is debriefed) before the clock stops. */}
        <button type="button" disabled={model.active.value} onClick={() => void trainer.stop()}>
          Stop scenario
        </button>
      </div>
    </section>
  );
}
