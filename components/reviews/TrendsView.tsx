import { formatPercent } from '../../lib/reviews/rating';
import type { TrendRow, Trends } from '../../lib/reviews/trends';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 150, bottom: 28, left: 36 };
const COLOURS = ['#1d5fa8', '#00695c', '#8a4b00', '#6a1b9a', '#37474f', '#ad1457', '#2e7d32', '#4e342e'];

/**
 * Six months as a chart (inline SVG, nothing fetched), with every figure in the tables beside it.
 * `sealed`: reviews whose marks could not be read here, so the items' scores leave them out.
 */
export function TrendsView({ trends, target, sealed = 0 }: { trends: Trends; target: number; sealed?: number }) {
  const { months, weakest } = trends;
  return (
    <>
      <h3>Trends over six months</h3>
      {weakest.length > 0 ? (
        <>
          <p id="weakest-intro">The items the team struggles with most, over six months:</p>
          <ol aria-labelledby="weakest-intro" class="weakest">
            {weakest.map((row) => (
              <li key={row.id}>
                {row.label}: <strong>{formatPercent(row.overall)}</strong>
              </li>
            ))}
          </ol>
        </>
      ) : sealed > 0 ? (
        <p>No item can be scored here: the marks of the reviews in these six months are sealed.</p>
      ) : (
        <p>No reviews in the last six months yet.</p>
      )}
      {trends.agents.length > 0 && <AgentChart rows={trends.agents} months={months.map((m) => m.short)} target={target} />}
      <TrendTable caption="Average rating per agent, by month of the call" first="Agent" rows={trends.agents} months={months.map((m) => m.label)} />
      <TrendTable caption="Score per item (met, plus half of partly, over the reviews it applied to), by month" first="Item" rows={trends.items} months={months.map((m) => m.label)} />
    </>
  );
}

function AgentChart({ rows, months, target }: { rows: readonly TrendRow[]; months: readonly string[]; target: number }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (months.length > 1 ? (plotW * i) / (months.length - 1) : plotW / 2);
  const y = (percent: number) => PAD.top + plotH * (1 - percent / 100);
  const latest = rows.map((row) => `${row.label} ${formatPercent(row.values.at(-1) ?? null)}`).join(', ');
  return (
    <figure class="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="trend-title" aria-describedby="trend-desc">
        <title id="trend-title">Average rating per agent over six months, against the target of {target}%</title>
        <desc id="trend-desc">In the latest month: {latest}. The figures are in the table below.</desc>
        {[0, 50, 100].map((tick) => (
          <text key={tick} x={PAD.left - 6} y={y(tick) + 4} text-anchor="end">
            {tick}%
          </text>
        ))}
        <line class="target" x1={PAD.left} x2={PAD.left + plotW} y1={y(target)} y2={y(target)} />
        <text x={PAD.left + plotW + 4} y={y(target) + 4}>
          Target {target}%
        </text>
        {months.map((label, i) => (
          <text key={label + i} x={x(i)} y={HEIGHT - 8} text-anchor="middle">
            {label}
          </text>
        ))}
        {rows.map((row, index) => {
          const colour = COLOURS[index % COLOURS.length];
          const points = row.values.flatMap((value, i) => (value === null ? [] : [[x(i), y(value)] as const]));
          return (
            <g key={row.id} stroke={colour} fill={colour}>
              {points.length > 1 && <polyline class="line" points={points.map(([px, py]) => `${px},${py}`).join(' ')} />}
              {points.map(([px, py]) => (
                <circle key={px} cx={px} cy={py} r={3} />
              ))}
              {points.length > 0 && (
                <text x={PAD.left + plotW + 4} y={points.at(-1)![1] + 14} stroke="none">
                  {row.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function TrendTable({ caption, first, rows, months }: { caption: string; first: string; rows: readonly TrendRow[]; months: readonly string[] }) {
  if (rows.length === 0) return null;
  return (
    <table class="trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {months.map((month) => (
            <th key={month} scope="col">
              {month}
            </th>
          ))}
          <th scope="col">Six months</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, i) => (
              <td key={i}>{formatPercent(value)}</td>
            ))}
            <td>{formatPercent(row.overall)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
