import { useState } from 'preact/hooks';
import { useDeskRestriction } from './use-desk-restriction';
import { wholePlaybook } from '../../content/playbooks/whole';
import type { Playbook } from '../../content/schema';
import type { PackCheck, PackPreview } from '../../lib/settings/packs';
import type { PackFieldChange } from '../../lib/settings/pack-diff';
import { locked } from '../../lib/settings/effective';
import { useAppState } from '../context/app-state';
import { SET_BY_ORGANISATION } from './Field';
import { downloadText } from '../ui/download';
import { tooLarge } from '../../lib/import-limits';

type Pending = { playbook: Playbook; preview: PackPreview };

const KIND_LABELS: Record<PackFieldChange['kind'], string> = { line: 'Line to say', phone: 'Phone number', time: 'Time limit', other: 'Field' };

/** One changed field: what it is, where, and its old and new text. */
function FieldChange({ change }: { change: PackFieldChange }) {
  return (
    <li>
      {change.safeguarding && <strong>Safeguarding: </strong>}
      {KIND_LABELS[change.kind]}, {change.where}:{' '}
      {change.before === null ? 'added' : <>was “{change.before}”</>}
      {change.after === null ? ', removed' : <>{change.before === null ? ' ' : ', now '}“{change.after}”</>}
    </li>
  );
}

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
  const packsLocked = locked(state.policy.value, 'packs');
  const importTaken = useDeskRestriction('packImport');

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
    const resolve = (book: Playbook) => ({
      ...book,
      protocols: { abusive: org.procedureFor(book, 'abusive-call'), selfHarm: org.procedureFor(book, 'self-harm'), notes: null },
    });
    setPending({ playbook: checked.playbook, preview: packChanges(org.findPlaybook(checked.playbook.id), playbook, checked.playbook, resolve) });
  }

  async function apply() {
    if (!pending || packsLocked) return;
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
        <button type="button" onClick={() => downloadText(`${playbook.id}.json`, JSON.stringify(wholePlaybook(playbook), null, 2))}>
          Export this playbook
        </button>
        {builtin && (
          <button type="button" onClick={() => void copy()}>
            Copy as a starting point
          </button>
        )}
      </div>
      <div class="field" hidden={importTaken}>
        <label for="pack-file">Import a playbook pack</label>
        <input id="pack-file" type="file" accept="application/json,.json" disabled={packsLocked} aria-describedby={packsLocked ? 'pack-locked' : undefined}
          onChange={(event) => void choose(event)} />
        {packsLocked && (
          <span id="pack-locked" class="locked">
            {SET_BY_ORGANISATION}: its policy decides the playbook packs on this computer.
          </span>
        )}
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
          {pending.preview.heading && <p>{pending.preview.heading}</p>}
          <p>
            Importing “{pending.playbook.organisation.name}” ({pending.playbook.id}), compared with “{pending.preview.comparedWith}”,{' '}
            {pending.preview.changes.length === 0 ? 'changes nothing the agent says or does.' : 'would change:'}
          </p>
          {pending.preview.changes.some((change) => change.safeguarding) && (
            <>
              <h3>Safeguarding changes: check each one</h3>
              <ul aria-label="Safeguarding changes">
                {pending.preview.changes.filter((change) => change.safeguarding).map((change) => (
                  <FieldChange key={change.where} change={change} />
                ))}
              </ul>
            </>
          )}
          {pending.preview.changes.some((change) => !change.safeguarding) && (
            <ul aria-label="Other changes">
              {pending.preview.changes.filter((change) => !change.safeguarding).map((change) => (
                <FieldChange key={change.where} change={change} />
              ))}
            </ul>
          )}
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
              {!packsLocked && (
                <button type="button" onClick={() => void org.savePacks(org.packs.value.filter((p) => p.id !== pack.id))}>
                  Remove {pack.organisation.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
