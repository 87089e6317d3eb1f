import type { Provenance } from '../../content/schema';
import { showProvenance, type ProvenanceContext, type ShownProvenance } from '../../lib/provenance';
import { useAppState } from '../context/app-state';

/** How provenance reads under the playbook in use (its standard, and whether it is built in). */
export function useProvenance(): (from: Provenance) => ShownProvenance {
  const state = useAppState();
  const playbook = state.playbook.value;
  const context: ProvenanceContext = {
    ...(playbook?.standard ? { standard: playbook.standard } : {}),
    origin: playbook ? state.org.originOf(playbook.id) : 'built-in',
  };
  return (from) => showProvenance(from, context);
}

/**
 * Where a line comes from, quietly beside it: "Communities 6.7", "Guide default" or "Set by your
 * organisation". The full sentence (and the standard's words) is the title, and in FromDetails.
 */
export function From({ from }: { from: Provenance }) {
  const shown = useProvenance()(from);
  return (
    <small class={`from from-${shown.kind}`} title={describe(shown)}>
      {shown.label}
    </small>
  );
}

/** One "Where this comes from" disclosure for a group of lines, each with its full provenance. */
export function FromDetails({ items }: { items: readonly { what: string; from: Provenance }[] }) {
  const show = useProvenance();
  return (
    <details class="from-details">
      <summary>Where this comes from</summary>
      <ul>
        {items.map(({ what, from }) => {
          const shown = show(from);
          return (
            <li key={what}>
              <strong>{what}</strong>: {shown.detail}
              {shown.quote && (
                <blockquote cite={shown.quote.document}>
                  “{shown.quote.text}” <cite>({shown.quote.document}, {shown.quote.section})</cite>
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function describe(shown: ShownProvenance): string {
  return shown.quote ? `${shown.detail} “${shown.quote.text}”` : shown.detail;
}
