import type { IncidentEvent } from '../../lib/incidents/record';
import { formatDuration, withDurations } from '../../lib/incidents/timeline';

const clock = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * The call's moments in order, each with its time and the time since the one before; the space
 * between two moments grows with the wait, so long gaps stand out.
 */
export function Timeline({ events }: { events: readonly IncidentEvent[] }) {
  if (events.length === 0) return <p class="hint">No timeline was recorded for this incident.</p>;
  const timed = withDurations(events);
  const total = timed.at(-1)!.sinceStart;
  return (
    <>
      <p class="hint">
        {timed.length} moments over {formatDuration(total)}, from {clock(timed[0]!.at)} to {clock(timed.at(-1)!.at)}.
      </p>
      <ol class="timeline">
        {timed.map((event, index) => (
          <li key={index} style={{ '--gap': `${Math.min(3, Math.log2(1 + (event.sincePrevious ?? 0) / 10_000) * 0.5)}rem` }}>
            <time dateTime={new Date(event.at).toISOString()}>{clock(event.at)}</time>
            <span class="what">{event.label}</span>
            <span class="gap">{event.sincePrevious === null ? 'start' : `+${formatDuration(event.sincePrevious)}`}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
