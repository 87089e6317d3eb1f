import type { IncidentKind } from '../../lib/incidents/record';
import { formatDate, KIND_LABELS } from '../../lib/incidents/format';
import type { WeekCount } from '../../lib/incidents/overview';
import { DataTable } from '../ui/DataTable';

const KINDS: IncidentKind[] = ['abusive-call', 'self-harm'];
const WIDTH = 640;
const HEIGHT = 220;
const TOP = 20;
const BOTTOM = 40;
const LEFT = 8;

const weekLabel = (start: number) => new Date(start).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

/**
 * Incidents of each kind per week as bars in inline SVG (no chart library, nothing fetched). The
 * picture is summarised in words for screen readers, and the figures are in a table beside it.
 */
export function WeeklyChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const max = Math.max(1, ...weeks.flatMap((week) => KINDS.map((kind) => week.counts[kind])));
  const slot = (WIDTH - LEFT) / Math.max(1, weeks.length);
  const bar = (slot - 10) / KINDS.length;
  const scale = (n: number) => ((HEIGHT - TOP - BOTTOM) * n) / max;
  const totals = KINDS.map((kind) => weeks.reduce((sum, week) => sum + week.counts[kind], 0));
  const busiest = weeks.reduce<WeekCount | null>((best, week) => (!best || total(week) > total(best) ? week : best), null);
  const description =
    `${weeks.length} weeks: ${totals[0]} ${KIND_LABELS['abusive-call'].toLowerCase()}${totals[0] === 1 ? '' : 's'}, ` +
    `${totals[1]} ${KIND_LABELS['self-harm'].toLowerCase()}` +
    (busiest && total(busiest) > 0 ? `; the busiest week began ${formatDate(busiest.start)} with ${total(busiest)}.` : '.');

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">
        <title id="chart-title">Incidents by kind per week</title>
        <desc id="chart-desc">{description}</desc>
        <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="axis" />
        {weeks.map((week, i) => (
          <g key={week.start} transform={`translate(${LEFT + i * slot + 5}, 0)`}>
            {KINDS.map((kind, k) => {
              const h = scale(week.counts[kind]);
              return (
                <g key={kind}>
                  <rect x={k * bar} y={HEIGHT - BOTTOM - h} width={bar - 2} height={h} class={`bar ${kind}`} />
                  {week.counts[kind] > 0 && (
                    <text x={k * bar + bar / 2 - 1} y={HEIGHT - BOTTOM - h - 4} class="count">
                      {week.counts[kind]}
                    </text>
                  )}
                </g>
              );
            })}
            {i % 2 === weeks.length % 2 ? null : (
              <text x={slot / 2 - 5} y={HEIGHT - BOTTOM + 16} class="week">
                {weekLabel(week.start)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <span class="key abusive-call">{KIND_LABELS['abusive-call']}</span> <span class="key self-harm">{KIND_LABELS['self-harm']}</span>
      </figcaption>
      <DataTable
        class="visually-hidden"
        caption={`Incidents by kind per week, last ${weeks.length} weeks`}
        columns={['Week beginning', ...KINDS.map((kind) => KIND_LABELS[kind])]}
      >
        {weeks.map((week) => (
          <tr key={week.start}>
            <th scope="row">{formatDate(week.start)}</th>
            {KINDS.map((kind) => (
              <td key={kind}>{week.counts[kind]}</td>
            ))}
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}

function total(week: WeekCount): number {
  return KINDS.reduce((sum, kind) => sum + week.counts[kind], 0);
}
