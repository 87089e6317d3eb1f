import { useEffect, useState } from 'preact/hooks';
import { protocolText } from '../../content/panel-text';
import type { Playbook, Protocol } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { buildIncident } from '../../lib/incidents/incident';
import { incidentSaved } from '../../lib/protocols/run';
import { describeStorageError } from '../../lib/call/draft-store';
import { unopenedDatabase } from '../../lib/db-handle';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';

interface Props {
  call: CallData;
  protocol: Protocol;
  playbook: Playbook;
  agentName: string;
  now: number;
}

const due = (ms: number) => new Date(ms).toLocaleString('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * Saves the incident record built from the call (AB-9, SH-6). On failure the draft and the form
 * stay as they are and the agent is told why.
 */
export function IncidentSave({ call, protocol, playbook, agentName, now }: Props) {
  const { model, db } = useCall();
  const state = useAppState();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    // A failure here costs nothing: the save reads the configuration again and says what went wrong.
    void import('../../lib/sealing/desk-save').then((m) => m.prepareDeskSealing()).catch(() => undefined);
    // The record names the referral services given: the guide's catalogue first (loaded after the
    // panel's first paint, so nearly always in already).
    void state.org.catalogueReady().catch(() => undefined);
  }, []);
  const referrals = state.referrals.value;
  if (!referrals) return <p class="loading">Loading…</p>;
  const incident = buildIncident(call, { playbook, protocol, agentName, referrals: referrals.entries }, now);

  async function save() {
    setSaving(true);
    try {
      // Sealing (when on) loads with the save, not with the panel.
      const { saveIncidentAsConfigured } = await import('../../lib/sealing/desk-save');
      await saveIncidentAsConfigured(await db(), incident, now);
      setFailure(null);
      model.update((c, at) => incidentSaved(c, at, incident.id));
    } catch (error) {
      setFailure(
        unopenedDatabase.peek()
          ? protocolText.incidentNotSaved
          : describeStorageError(error, { button: 'Save incident' }),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <section class="incident-save" aria-labelledby="incident-save-heading">
      <h3 id="incident-save-heading">Incident record</h3>
      <p>{incident.summary}</p>
      {incident.followUps.filter((f) => f.dueAt !== null).map((followUp) => (
        <p key={followUp.id} class="cue">
          {followUp.label}: due {due(followUp.dueAt!)}.
        </p>
      ))}
      <p class="hint">{protocolText.incidentKept}</p>
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      <button
        type="button"
        class={call.protocol?.saved ? '' : 'primary'}
        data-main-action={call.protocol?.saved ? undefined : true}
        aria-keyshortcuts={call.protocol?.saved ? undefined : 'Alt+Enter'}
        onClick={() => void save()}
        disabled={saving}
      >
        {call.protocol?.saved ? 'Update incident' : 'Save incident'}
      </button>
      {call.protocol?.saved && <p role="status">Incident saved.</p>}
    </section>
  );
}
