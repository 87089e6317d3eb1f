import { findPlaybook, findProtocol } from '../../content';
import { findScenario } from '../../content/scenarios';
import type { Debrief } from '../../lib/training/debrief';
import { formatSeconds } from '../../lib/training/debrief';
import { roomDebrief } from '../../lib/training/should-say';

const at = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? '' : ` at ${formatSeconds(seconds)}`);

/** What went well first, then what to improve, each with the line as it should have been said. */
export function DebriefForRoom({ debrief }: { debrief: Debrief }) {
  const room = roomDebrief(debrief, findScenario(debrief.scenarioId), { playbook: findPlaybook(debrief.playbookId), protocol: findProtocol });
  return (
    <div class="debrief-room">
      <h3 id="went-well-heading">What went well</h3>
      {room.wentWell.length === 0 ? (
        <p>Nothing from the script yet: start again and take it step by step.</p>
      ) : (
        <ul class="went-well" aria-labelledby="went-well-heading">
          {room.wentWell.map((item, index) => (
            <li key={index}>
              {item.text}
              <span class="sources">{at(item.atSeconds)}</span>
            </li>
          ))}
        </ul>
      )}
      {room.improve.length > 0 && (
        <>
          <h3 id="findings-heading">What to work on</h3>
          <ol class="findings" aria-labelledby="findings-heading">
            {room.improve.map((item, index) => (
              <li key={index}>
                {item.text}{' '}
                <span class="sources">
                  ({item.sources.join(', ')}
                  {at(item.atSeconds)})
                </span>
                {item.say && (
                  <p class="should-say">
                    Say: <q>{item.say}</q>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
