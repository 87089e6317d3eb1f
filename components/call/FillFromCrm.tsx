import { useState } from 'preact/hooks';
import { crmText } from '../../content/panel-text';
import { updateCaller } from '../../lib/call/call';
import { callerFromCrm, readFromCrm, requestCrmAccess } from '../../lib/crm/fill';
import type { CrmConnection } from '../../lib/settings/crm-connection';
import { useCall } from '../context/call';

const LABELS: Record<string, string> = { name: 'Name', address: 'Address', phone: 'Phone', email: 'Email', reference: 'Reference' };

/** Reads the caller's details from the CRM page; nothing enters the call until the agent confirms. */
export function FillFromCrm({ connection }: { connection: CrmConnection }) {
  const { model, crm } = useCall();
  const [found, setFound] = useState<Record<string, string> | null>(null);
  const [use, setUse] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!crm) return null;

  async function fill() {
    setMessage(null);
    // Asked inside the click: the browser only shows its prompt for a user gesture, and answers
    // at once without a prompt when access was already allowed.
    const allowed = await requestCrmAccess(crm!, connection).catch(() => false);
    if (!allowed) {
      setMessage(crmText.notAllowed);
      return;
    }
    const read = await readFromCrm(crm!, connection);
    if (read.status === 'no-tab') setMessage(crmText.noTab);
    else if (read.status === 'failed') setMessage(crmText.failed(read.message));
    else if (read.status === 'read') {
      const values = Object.fromEntries(Object.entries(read.values).filter(([, value]) => value));
      if (Object.keys(values).length === 0) setMessage(crmText.nothingFound);
      setFound(values);
      setUse(Object.fromEntries(Object.keys(values).map((key) => [key, true])));
    }
  }

  function confirm() {
    const chosen = Object.fromEntries(Object.entries(found ?? {}).filter(([key]) => use[key]));
    model.update((c, now) => updateCaller(c, now, callerFromCrm(chosen)));
    setFound(null);
    setMessage(crmText.filled);
  }

  return (
    <div class="fill-from-crm">
      <button type="button" onClick={() => void fill()}>
        Fill from CRM
      </button>
      {message && <p role="status">{message}</p>}
      {found && Object.keys(found).length > 0 && (
        <div class="notice" role="group" aria-label="Details from the CRM">
          <p>{crmText.confirm}</p>
          {Object.entries(found).map(([key, value]) => (
            <label class="check" key={key}>
              <input type="checkbox" checked={use[key]} onChange={(e) => setUse({ ...use, [key]: e.currentTarget.checked })} />
              {LABELS[key] ?? key}: {value}
            </label>
          ))}
          <div class="actions">
            <button type="button" class="primary" onClick={confirm}>
              Use these details
            </button>
            <button type="button" onClick={() => setFound(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
