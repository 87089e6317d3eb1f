import { protocolLines } from '../../content/panel-lines';
import type { ProtocolStep, StepInput } from '../../content/schema';
import { From } from '../ui/From';
import type { CallData } from '../../lib/call/call';
import { setChecklist, setInput } from '../../lib/protocols/run';
import { useCall } from '../context/call';

/** A step's checklist and the answers it captures, written to the call as they are typed. */
export function StepInputs({ step, call }: { step: ProtocolStep; call: CallData }) {
  const { model } = useCall();
  const run = call.protocol!;
  const questions = step.inputs.filter((input) => input.say);
  const answers = step.inputs.filter((input) => !input.say);
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
      {questions.length > 0 && <Questions questions={questions} call={call} />}
      {answers.map((input) => {
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

/**
 * Questions to ask, one list, each answered in place (SH-3): the answer is the record that it was
 * asked, so nothing is ticked as well as typed.
 */
function Questions({ questions, call }: { questions: readonly StepInput[]; call: CallData }) {
  const { model } = useCall();
  const run = call.protocol!;
  const asked = questions.filter((question) => run.inputs[question.id]?.trim()).length;
  return (
    <section class="questions" aria-labelledby="questions-heading">
      <h4 id="questions-heading">
        {protocolLines.askAndWrite.text} <span class="asked-count">({asked} of {questions.length} answered)</span>
      </h4>
      <ol>
        {questions.map((question) => {
          const id = `protocol-${question.id}`;
          const value = run.inputs[question.id] ?? '';
          const set = (next: string) => model.update((c, now) => setInput(c, now, question.id, next));
          return (
            <li key={question.id} class={`question${value.trim() ? ' answered' : ''}${question.prominent ? ' prominent' : ''}`}>
              <label for={id}>{question.label}</label> {question.from && <From from={question.from} />}
              <span class="say-line" id={`${id}-say`}>
                {question.say}
              </span>
              {question.kind === 'longtext' ? (
                <textarea id={id} rows={2} aria-describedby={`${id}-say`} value={value} onInput={(event) => set(event.currentTarget.value)} />
              ) : (
                <input id={id} aria-describedby={`${id}-say`} value={value} onInput={(event) => set(event.currentTarget.value)} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
