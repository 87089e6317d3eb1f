import { useState } from 'preact/hooks';
import { requestCrmAccess } from '../../lib/crm/fill';
import { CRM_FIELDS, type CrmField } from '../../lib/settings/crm-connection';
import { fixedByPolicy } from '../../lib/settings/effective';
import { useAppState } from '../context/app-state';
import { useCall } from '../context/call';
import { Field } from './Field';

const LABELS: Record<CrmField, string> = {
  name: 'Caller’s name',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  reference: 'Reference',
};

/**
 * Where the CRM is and where the caller's details are on its pages. The browser asks the agent
 * for access to that one site; without it "Fill from CRM" stays off and nothing else changes.
 */
export function CrmSettings() {
  const state = useAppState();
  const { crm } = useCall();
  const policy = state.policy.value;
  const current = state.settings.value?.crm ?? null;
  const isLocked = fixedByPolicy(policy, 'crm');
  const [urlPattern, setUrlPattern] = useState(current?.urlPattern ?? '');
  const [fields, setFields] = useState<Record<CrmField, string>>({ name: '', address: '', phone: '', email: '', reference: '', ...current?.fields });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    const connection = urlPattern.trim() ? { urlPattern, fields } : null;
    const result = await state.saveSettings({ crm: connection }, { stay: true });
    setError(result.ok ? null : (result.errors.crm ?? result.failure ?? 'Not saved.'));
    setStatus(result.ok ? 'Saved.' : null);
  }

  async function allow() {
    if (!current || !crm) return;
    const granted = await requestCrmAccess(crm, current).catch(() => false);
    setStatus(granted ? 'Access allowed: “Fill from CRM” is on.' : 'Access not allowed: “Fill from CRM” stays off.');
  }

  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="crm-heading">
      <h2 id="crm-heading">CRM connection</h2>
      <p class="hint">
        Optional. Lets “Fill from CRM” read the caller’s details from your CRM page when you press it, and only then. You
        confirm them before they are used.
      </p>
      <Field id="crm-url" label="CRM address" hint="For example https://crm.example.gov.uk/*" error={error ?? undefined} locked={isLocked}>
        {(describedBy) => (
          <input id="crm-url" value={urlPattern} disabled={isLocked} aria-describedby={describedBy}
            aria-invalid={error ? true : undefined} onInput={(e) => setUrlPattern(e.currentTarget.value)} />
        )}
      </Field>
      <fieldset disabled={isLocked}>
        <legend>Where each detail is: a CSS selector or the label beside it</legend>
        {CRM_FIELDS.map((field) => (
          <div class="field" key={field}>
            <label for={`crm-${field}`}>{LABELS[field]}</label>
            <input id={`crm-${field}`} value={fields[field]} onInput={(e) => setFields({ ...fields, [field]: e.currentTarget.value })} />
          </div>
        ))}
      </fieldset>
      <div class="actions">
        {!isLocked && <button type="submit">Save CRM connection</button>}
        {current && (
          <button type="button" onClick={() => void allow()}>
            Allow access to the CRM
          </button>
        )}
        {status && <span role="status">{status}</span>}
      </div>
    </form>
  );
}
