import type { ProtocolStep } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { setChecklist, setInput } from '../../lib/protocols/run';
import { useCall } from '../call/call-context';

/** A step's checklist and the answers it captures, written to the call as they are typed. */
export function StepInputs({ step, call }: { step: ProtocolStep; call: CallData }) {
  const { model } = useCall();
  const run = call.protocol!;
  return (
    <>
      {step.checklist.length > 0 && (
        <fieldset class="checklist">
          <legend>Check</legend>
          {step.checklist.map((item) => (
            <label class="check" key={item.id}>
              <input
                type="checkbox"
                checked={Boolean(run.checklist[item.id])}
                onChange={(event) => model.update((c, now) => setChecklist(c, now, item.id, event.currentTarget.checked))}
              />
              {item.label}
            </label>
          ))}
        </fieldset>
      )}
      {step.inputs.map((input) => {
        const id = `protocol-${input.id}`;
        const value = run.inputs[input.id] ?? '';
        const set = (next: string) => model.update((c, now) => setInput(c, now, input.id, next));
        if (input.kind === 'yes-no') {
          return (
            <fieldset class="field" key={input.id}>
              <legend>{input.label}</legend>
              {['Yes', 'No', 'Not known'].map((option) => (
                <label class="check" key={option}>
                  <input type="radio" name={id} checked={value === option} onChange={() => set(option)} />
                  {option}
                </label>
              ))}
            </fieldset>
          );
        }
        return (
          <div class={`field${input.prominent ? ' prominent' : ''}`} key={input.id}>
            <label for={id}>{input.label}</label>
            {input.kind === 'longtext' ? (
              <textarea id={id} rows={4} value={value} onInput={(event) => set(event.currentTarget.value)} />
            ) : (
              <input id={id} value={value} onInput={(event) => set(event.currentTarget.value)} />
            )}
          </div>
        );
      })}
    </>
  );
}
