import { useEffect } from 'preact/hooks';
import { callerLines } from '../../content/panel-lines';
import type { CallKind } from '../../content/schema';
import { useAppState } from '../context/app-state';
import { From } from '../ui/From';

const KINDS: { kind: CallKind; label: string }[] = [
  { kind: 'new', label: 'New call' },
  { kind: 'transferred', label: 'Transferred call' },
];

/**
 * The greeting to say on answering, for the agent's playbook, name and the time of day. Before a
 * call the agent picks the kind of call; during one (`fixedKind`) the call's kind is shown, fixed.
 */
export function GreetingCard({ fixedKind }: { fixedKind?: CallKind }) {
  const state = useAppState();
  const greeting = state.greeting.value;
  const playbook = state.playbook.value;

  useEffect(() => {
    // The benchmark measures navigation start to this mark (scripts/bench.mjs).
    if (greeting) performance.mark('call-guide:greeting-shown');
  }, [greeting !== null]);

  if (!greeting || !playbook) return null;
  return (
    <section class="card greeting" aria-labelledby="greeting-heading">
      <div class="greeting-head">
        <h2 id="greeting-heading">Greeting</h2>
        {!fixedKind && (
        <div role="group" aria-label="Kind of call" class="segmented">
          {KINDS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              aria-pressed={state.callKind.value === kind}
              onClick={() => (state.callKind.value = kind)}
            >
              {label}
            </button>
          ))}
        </div>
        )}
      </div>
      <p class="greeting-text" data-testid="greeting">
        {greeting.text}
      </p>
      {greeting.missing.includes('agentPhone') && (
        <p class="hint">{callerLines.addDirectNumber.text}</p>
      )}
      <p class="sources">
        Follows {greeting.sources.join(', ')} <From from={greeting.from} />
      </p>
    </section>
  );
}
