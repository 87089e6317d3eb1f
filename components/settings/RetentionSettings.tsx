import { useEffect, useState } from 'preact/hooks';
import { useDeskRestriction } from './use-desk-restriction';
import { callBackRetentionItem, MAX_CALL_BACK_DAYS, MIN_CALL_BACK_DAYS, readCallBackDays } from '../../lib/call/call-back-retention';
import { MAX_MONTHS, MIN_MONTHS, readRetention, retentionItem } from '../../lib/incidents/retention-setting';
import { locked, policyWins } from '../../lib/settings/effective';
import { useAppState } from '../context/app-state';
import { Field } from './Field';

const whole = (text: string, min: number, max: number) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
};

/**
 * How long reviewed incidents are kept on this desktop (the incident log deletes only on request),
 * and how long a call-back marked done is kept (deleted when a page of the guide starts).
 */
export function RetentionSettings() {
  const policy = useAppState().policy.value;
  // Policy wins (lib/settings/effective.ts): its period is shown, and a lock holds either way.
  const retentionTaken = useDeskRestriction('retentionChange');
  const monthsLocked = locked(policy, 'retentionMonths') || retentionTaken;
  const daysLocked = locked(policy, 'callBackRetentionDays');
  const [months, setMonths] = useState('');
  const [days, setDays] = useState('');
  const [errors, setErrors] = useState<{ months?: string; days?: string }>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readRetention().then((value) => setMonths(String(policyWins(policy, 'retentionMonths', value.months).value)));
  }, [policy?.retentionMonths]);
  useEffect(() => {
    void readCallBackDays().then((value) => setDays(String(policyWins(policy, 'callBackRetentionDays', value).value)));
  }, [policy?.callBackRetentionDays]);

  async function save(event: Event) {
    event.preventDefault();
    const monthsValue = monthsLocked ? null : whole(months, MIN_MONTHS, MAX_MONTHS);
    const daysValue = daysLocked ? null : whole(days, MIN_CALL_BACK_DAYS, MAX_CALL_BACK_DAYS);
    const problems = {
      ...(!monthsLocked && monthsValue === null ? { months: `Enter a whole number of months from ${MIN_MONTHS} to ${MAX_MONTHS}.` } : {}),
      ...(!daysLocked && daysValue === null ? { days: `Enter a whole number of days from ${MIN_CALL_BACK_DAYS} to ${MAX_CALL_BACK_DAYS}.` } : {}),
    };
    setErrors(problems);
    setSaved(false);
    if (Object.keys(problems).length) return;
    if (monthsValue !== null) await retentionItem.setValue({ months: monthsValue });
    if (daysValue !== null) await callBackRetentionItem.setValue({ days: daysValue });
    setSaved(true);
  }

  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="retention-heading">
      <h2 id="retention-heading">Keeping incidents and call-backs</h2>
      <Field
        id="retention-months"
        label="Keep reviewed incidents for (months)"
        hint="The incident log offers an export, then deletes reviewed incidents older than this when a team leader confirms."
        error={errors.months}
        locked={monthsLocked}
      >
        {(describedBy) => (
          <input id="retention-months" inputMode="numeric" value={months} disabled={monthsLocked} aria-describedby={describedBy}
            aria-invalid={errors.months ? true : undefined} onInput={(e) => setMonths(e.currentTarget.value)} />
        )}
      </Field>
      <Field
        id="call-back-days"
        label="Keep call-backs marked done for (days)"
        hint="A call-back still due is kept until it is done. Done ones older than this are deleted when the guide next opens."
        error={errors.days}
        locked={daysLocked}
      >
        {(describedBy) => (
          <input id="call-back-days" inputMode="numeric" value={days} disabled={daysLocked} aria-describedby={describedBy}
            aria-invalid={errors.days ? true : undefined} onInput={(e) => setDays(e.currentTarget.value)} />
        )}
      </Field>
      {!(monthsLocked && daysLocked) && (
        <div class="actions">
          <button type="submit">Save retention</button>
          {saved && <span role="status">Saved.</span>}
        </div>
      )}
    </form>
  );
}
