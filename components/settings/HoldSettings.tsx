import { useState } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import { fixedByPolicy } from '../../lib/settings/effective';
import type { SettingsErrors } from '../../lib/settings/settings';
import { useAppState } from '../context/app-state';
import { From, FromDetails } from '../ui/From';
import { Field } from './Field';

/** Hold timings within the playbook's, and the optional tone (HO-2, HO-3). */
export function HoldSettings({ playbook }: { playbook: Playbook }) {
  const state = useAppState();
  const own = state.ownSettings.value;
  const policy = state.policy.value;
  const isLocked = fixedByPolicy(policy, 'hold');
  const effective = state.hold.value ?? playbook.hold;
  const [checkIn, setCheckIn] = useState(String(own?.holdCheckInSeconds ?? effective.checkInSeconds));
  const [maxMinutes, setMaxMinutes] = useState(String((own?.holdMaxSeconds ?? effective.maxHoldSeconds) / 60));
  const [sound, setSound] = useState(own?.soundCues ?? false);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saved, setSaved] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const seconds = Number(checkIn);
    const maxSeconds = Math.round(Number(maxMinutes) * 60);
    const problems: SettingsErrors = {};
    if (!Number.isInteger(seconds)) problems.holdCheckInSeconds = 'Enter a whole number of seconds.';
    if (!Number.isFinite(maxSeconds) || maxSeconds <= 0) problems.holdMaxSeconds = 'Enter the longest hold in minutes.';
    if (Object.keys(problems).length) {
      setErrors(problems);
      return;
    }
    const result = await state.saveSettings(
      {
        soundCues: sound,
        ...(isLocked
          ? {}
          : {
              holdCheckInSeconds: seconds === playbook.hold.checkInSeconds ? null : seconds,
              holdMaxSeconds: maxSeconds === playbook.hold.maxHoldSeconds ? null : maxSeconds,
            }),
      },
      { stay: true },
    );
    setErrors(result.ok ? {} : result.errors);
    setSaved(result.ok);
  }

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="hold-settings-heading">
      <h2 id="hold-settings-heading">Hold</h2>
      <p class="hint">
        Check in every {playbook.hold.checkInSeconds} seconds <From from={playbook.hold.from.checkIn} />; longest hold{' '}
        {playbook.hold.maxHoldSeconds / 60} minutes <From from={playbook.hold.from.maxHold} />. You may choose shorter.
      </p>
      <FromDetails
        items={[
          { what: 'Check-in interval', from: playbook.hold.from.checkIn },
          { what: 'Call-back offer', from: playbook.hold.from.offerCallBack },
          { what: 'Longest hold', from: playbook.hold.from.maxHold },
        ]}
      />
      <Field id="hold-check-in" label="Check in every (seconds)" error={errors.holdCheckInSeconds} locked={isLocked}>
        {(describedBy) => (
          <input id="hold-check-in" inputMode="numeric" value={checkIn} disabled={isLocked} aria-describedby={describedBy}
            aria-invalid={errors.holdCheckInSeconds ? true : undefined} onInput={(e) => setCheckIn(e.currentTarget.value)} />
        )}
      </Field>
      <Field id="hold-max" label="Longest hold (minutes)" error={errors.holdMaxSeconds} locked={isLocked}>
        {(describedBy) => (
          <input id="hold-max" inputMode="decimal" value={maxMinutes} disabled={isLocked} aria-describedby={describedBy}
            aria-invalid={errors.holdMaxSeconds ? true : undefined} onInput={(e) => setMaxMinutes(e.currentTarget.value)} />
        )}
      </Field>
      <label class="check">
        <input type="checkbox" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} />
        Sound a tone when a hold check-in or call-back offer is due
      </label>
      <div class="actions">
        <button type="submit">Save hold settings</button>
        {saved && <span role="status">Saved.</span>}
      </div>
    </form>
  );
}
