import type { Playbook } from '../../content/schema';
import { lazyComponent } from '../ui/lazy';

// The card is closed before a call: what it holds loads straight after the first paint
// (preloadPlaybookFacts), not before the greeting.
const factsList = lazyComponent(() => import('./PlaybookFactsList').then((m) => m.PlaybookFactsList), { quiet: true });
export const preloadPlaybookFacts = factsList.preload;
const PlaybookFactsList = factsList.Lazy;

/**
 * The figures the organisation's standard sets (SL-1..SL-8), its own contact numbers as printed
 * (OR-1..OR-3) and its promises in full (OR-4), shown for reference, never enforced.
 */
export function PlaybookFacts({ playbook }: { playbook: Playbook }) {
  if (playbook.facts.length === 0 && !playbook.openingHours) return null;
  return (
    <details class="card facts">
      <summary>Standards for {playbook.organisation.name}</summary>
      <PlaybookFactsList playbook={playbook} />
    </details>
  );
}
