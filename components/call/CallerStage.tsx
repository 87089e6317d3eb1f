import type { CallerField, Playbook } from '../../content/schema';
import { callerCues } from '../../content/cues';
import { callerLines } from '../../content/panel-lines';
import { addressCaller, confirmDetail, updateCaller, type CallData, type Caller } from '../../lib/call/call';
import { useCall } from '../context/call';
import { Cues } from './Cues';
import { FillFromCrm } from './FillFromCrm';
import { RingBack } from './RingBack';
import { useAppState } from '../context/app-state';
import { From } from '../ui/From';
import { dutiesOf } from '../../lib/call/duties';
import { AccessOffers, CallerLanguage } from './CallerLanguage';
import { OnBehalfCheck } from './OnBehalfCheck';
import { VulnerableNote } from './VulnerableNote';
import { Options } from '../ui/Options';

const TITLES = ['Mr', 'Mrs', 'Miss', 'Ms', 'Mx', 'Dr'];
const CONTACT_METHODS: [Caller['contactMethod'], string][] = [
  ['', 'Not said'],
  ['phone', 'Phone'],
  ['mobile', 'Mobile'],
  ['email', 'Email'],
  ['letter', 'Letter'],
];
const DETAIL_LABELS: Record<CallerField, string> = {
  name: 'Name',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  reference: 'Reference',
};

/** The value a detail is spelled and confirmed from. */
function detailValue(caller: Caller, field: CallerField): string {
  if (field === 'name') return [caller.firstName, caller.surname].filter(Boolean).join(' ');
  return caller[field];
}

interface Props {
  call: CallData;
  playbook: Playbook;
  onSpell(text: string): void;
}

/**
 * Who is calling, how to address them (GR-6..GR-9), their language and access needs (AC, CY),
 * whether they speak for someone else (DP) or are vulnerable (VU), and the details to confirm.
 */
export function CallerStage({ call, playbook, onSpell }: Props) {
  const { model } = useCall();
  const crmConnection = useAppState().settings.value?.crm ?? null;
  const { caller } = call;
  const set = (patch: Partial<Caller>) => model.update((c, now) => updateCaller(c, now, patch));
  const text = (key: keyof Caller) => (event: Event) => set({ [key]: (event.currentTarget as HTMLInputElement).value });
  const address = addressCaller(caller);
  const duties = dutiesOf(playbook);
  // AB-13's warning shows beside the field that recognises the caller, under it, so it never
  // pushes away the number being typed.
  const fields = playbook.callerDetails.fields;
  const ringBackField = fields.includes('phone') ? 'phone' : fields.includes('reference') ? 'reference' : null;

  return (
    <section class="card" aria-labelledby="caller-heading">
      <h2 id="caller-heading">Caller</h2>
      <p class="address-as" role="status">
        {address ? (
          <>
            Address them as <strong>{address}</strong>
          </>
        ) : (
          callerLines.askName.text
        )}
      </p>
      {crmConnection && <FillFromCrm connection={crmConnection} />}
      {!ringBackField && <RingBack caller={caller} />}
      <Cues cues={callerCues} call={call} />
      <div class="field-row">
        <div class="field narrow">
          <label for="caller-title">Title</label>
          <input id="caller-title" list="caller-titles" value={caller.title} onInput={text('title')} />
          <datalist id="caller-titles">
            {TITLES.map((title) => (
              <option key={title} value={title} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for="caller-first">First name</label>
          <input id="caller-first" value={caller.firstName} onInput={text('firstName')} />
        </div>
        <div class="field">
          <label for="caller-surname">Surname</label>
          <input id="caller-surname" value={caller.surname} onInput={text('surname')} />
        </div>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={caller.firstNamePermission}
          onChange={(event) => set({ firstNamePermission: event.currentTarget.checked })}
        />
        Caller is happy to be called by their first name
      </label>
      <CallerLanguage caller={caller} duties={duties} set={set} />
      <div class="field-row">
        <div class="field">
          <label for="caller-contact">Prefers contact by</label>
          <select
            id="caller-contact"
            value={caller.contactMethod}
            onChange={(event) => set({ contactMethod: event.currentTarget.value as Caller['contactMethod'] })}
          >
            <Options choices={CONTACT_METHODS} />
          </select>
        </div>
        <div class="field">
          <label for="caller-access">Sensory-impairment arrangements</label>
          <input id="caller-access" value={caller.access} onInput={text('access')} />
        </div>
      </div>
      <AccessOffers caller={caller} duties={duties} />
      <OnBehalfCheck caller={caller} duties={duties} set={set} />
      <VulnerableNote caller={caller} duties={duties} set={set} />
      <h3>Confirm details</h3>
      <p class="hint">{callerLines.confirmDetails.text}</p>
      <ul class="details">
        {playbook.callerDetails.fields.map((field) => {
          const value = detailValue(caller, field);
          return (
            <li key={field}>
              {field === 'name' ? (
                <span class="detail-value">{value || 'Name not given yet'}</span>
              ) : (
                <div class="field">
                  <label for={`detail-${field}`}>{DETAIL_LABELS[field]}</label>
                  <input
                    id={`detail-${field}`}
                    value={value}
                    onInput={text(field)}
                    type={field === 'email' ? 'email' : 'text'}
                  />
                </div>
              )}
              {field === ringBackField && <RingBack caller={caller} />}
              <div class="actions">
                <label class="check">
                  <input
                    type="checkbox"
                    checked={Boolean(call.confirmed[field])}
                    onChange={(event) =>
                      model.update((c, now) => confirmDetail(c, now, field, event.currentTarget.checked))
                    }
                  />
                  {DETAIL_LABELS[field]} confirmed
                </label>
                <button type="button" onClick={() => onSpell(value)} disabled={!value}>
                  Spell {DETAIL_LABELS[field].toLowerCase()}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p class="sources">
        {playbook.callerDetails.sources.join(', ')} <From from={playbook.callerDetails.from} />
      </p>
    </section>
  );
}
