import { useState } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import type { PackCheck } from '../../lib/settings/packs';
import { useAppState } from '../panel/app-context';
import { downloadText } from '../ui/download';
import { tooLarge } from '../../lib/import-limits';

type Pending = { playbook: Playbook; changes: string[] };

/**
 * Playbook packs: the built-in playbooks are read-only and can be copied as a starting point; an
 * organisation's own pack is validated whole, previewed, and only then applied.
 */
export function PackManager({ playbook }: { playbook: Playbook }) {
  const state = useAppState();
  const { org } = state;
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const builtin = org.isBuiltin(playbook.id);

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { checkPack, packChanges } = await import('../../lib/settings/packs');
    const large = tooLarge('pack', file.size);
    const checked: PackCheck = large ? { ok: false, problems: [large] } : checkPack(await file.text(), org.isBuiltin);
    setStatus(null);
    if (!checked.ok) {
      setPending(null);
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setPending({ playbook: checked.playbook, changes: packChanges(org.findPlaybook(checked.playbook.id), checked.playbook) });
  }

  async function apply() {
    if (!pending) return;
    const others = org.packs.value.filter((pack) => pack.id !== pending.playbook.id);
    await org.savePacks([...others, pending.playbook]);
    setStatus(`Imported “${pending.playbook.organisation.name}”. Choose it under You → Organisation.`);
    setPending(null);
  }

  async function copy() {
    const { copyOfPlaybook } = await import('../../lib/settings/packs');
    const own = copyOfPlaybook(playbook);
    downloadText(`${own.id}.json`, JSON.stringify(own, null, 2));
  }

  return (
    <section class="card" aria-labelledby="packs-heading">
      <h2 id="packs-heading">Playbook packs</h2>
      <p class="hint">
        {builtin
          ? `“${playbook.organisation.name}” is built in and read-only. Copy it, edit the copy, and import it as your own pack.`
          : `“${playbook.organisation.name}” is your organisation’s own pack.`}
      </p>
      <div class="actions">
        <button type="button" onClick={() => downloadText(`${playbook.id}.json`, JSON.stringify(playbook, null, 2))}>
          Export this playbook
        </button>
        {builtin && (
          <button type="button" onClick={() => void copy()}>
            Copy as a starting point
          </button>
        )}
      </div>
      <div class="field">
        <label for="pack-file">Import a playbook pack</label>
        <input id="pack-file" type="file" accept="application/json,.json" onChange={(event) => void choose(event)} />
      </div>
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>This pack was not imported. Nothing has changed. Problems found:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div class="notice" role="region" aria-label="Preview of the pack">
          <p>
            Importing “{pending.playbook.organisation.name}” ({pending.playbook.id}) would change:
          </p>
          <ul>
            {pending.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void apply()}>
              Apply the pack
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {status && <p role="status">{status}</p>}
      {org.packs.value.length > 0 && (
        <ul>
          {org.packs.value.map((pack) => (
            <li key={pack.id}>
              {pack.organisation.name} ({pack.id}){' '}
              <button type="button" onClick={() => void org.savePacks(org.packs.value.filter((p) => p.id !== pack.id))}>
                Remove {pack.organisation.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
