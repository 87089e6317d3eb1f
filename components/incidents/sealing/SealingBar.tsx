import { useEffect, useState } from 'preact/hooks';
import type { UnlockedLog } from '../../../lib/sealing/unlocked';
import { useSealing } from './sealing-context';
import { CreateKey } from './CreateKey';
import { SealExisting } from './SealExisting';
import { UnlockForm } from './UnlockForm';
import { incidentsCount } from './Progress';

const short = (recipient: string) => `${recipient.slice(0, 10)}…${recipient.slice(-6)}`;

/**
 * The log's sealing state under its heading: an honest warning when incidents are not sealed;
 * locked, with Unlock with team leader key; or unlocked, with the key in use and Lock now.
 */
export function SealingBar() {
  const sealing = useSealing();
  const config = sealing.config.value;
  const log = sealing.unlocked.value;
  const open = sealing.form.value;
  const setOpen = (which: 'unlock' | 'create' | null) => {
    sealing.asked.value = false;
    sealing.form.value = which;
  };
  if (!config) return null;
  const on = config.recipients.length > 0;
  const toggle = (which: 'unlock' | 'create') => setOpen(open === which ? null : which);

  return (
    <section aria-label="Sealed incidents" class="sealing no-print">
      {log ? (
        <div class="notice">
          <p role="status">
            Unlocked with team leader key {short(log.key.recipient)}. It is held in this tab only: the log locks again after 15 minutes without use,
            or when this tab closes. What you add is sealed too.
          </p>
          <Filling log={log} />
          <Problems />
          <button type="button" onClick={() => void sealing.lock()}>
            Lock now
          </button>
        </div>
      ) : on ? (
        <p>
          Incidents here are sealed: without a team leader key the log shows only their kind, date, status and follow-ups.
        </p>
      ) : (
        <p class="notice">
          Incidents here are not sealed: anyone using this browser profile can read, export or delete them. To seal them so only team leaders can
          read them, IT sets the team leaders’ keys in the organisation’s policy (<code>teamLeaderKeys</code>), or they are set in Settings.
        </p>
      )}
      <div class="actions">
        {!log && (
          <button type="button" aria-expanded={open === 'unlock'} onClick={() => toggle('unlock')}>
            Unlock with team leader key
          </button>
        )}
        <button type="button" aria-expanded={open === 'create'} onClick={() => toggle('create')}>
          Create a team leader key
        </button>
      </div>
      {open === 'unlock' && !log && <UnlockForm onDone={() => setOpen(null)} focus={sealing.asked.value} />}
      {open === 'create' && <CreateKey />}
      {on && <SealExisting recipients={config.recipients} />}
    </section>
  );
}

/**
 * Says, while it lasts, that the list and search are ready and the other views (an incident, the
 * overview, reports, exports) are a moment behind: they wait for the log in memory to fill.
 */
function Filling({ log }: { log: UnlockedLog }) {
  const [filling, setFilling] = useState(true);
  useEffect(() => {
    let live = true;
    void log.ready.then(
      () => live && setFilling(false),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [log]);
  if (!filling) return null;
  return <p role="status">The list and search are ready. Incidents, the overview and exports open in a moment…</p>;
}

function Problems() {
  const problems = useSealing().unlocked.value?.problems ?? [];
  if (problems.length === 0) return null;
  const wrong = problems.filter((p) => p.reason === 'wrong-key');
  const damaged = problems.filter((p) => p.reason === 'damaged');
  return (
    <div role="alert">
      {wrong.length > 0 && <p>{incidentsCount(wrong.length)} could not be opened with this key: sealed to other team leader keys. They are left as they are.</p>}
      {damaged.length > 0 && (
        <p>
          {incidentsCount(damaged.length)} could not be opened: damaged or tampered with ({damaged.map((p) => p.id).join(', ')}). They are left as
          they are, nothing overwritten; a backup or an export from the agent’s desk may hold a good copy.
        </p>
      )}
    </div>
  );
}
