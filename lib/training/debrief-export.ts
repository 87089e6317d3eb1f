/**
 * The debrief for the trainee's development record: JSON for systems, and a standalone printable
 * HTML page (no scripts, no outside resources) that opens and prints anywhere.
 */
import { formatSeconds, type Debrief } from './debrief';
import type { StepStatus } from './script';
import { isoDate } from '../time-format';

export const STATUS_LABELS: Record<StepStatus, string> = { done: 'Done', 'out-of-order': 'Out of order', missed: 'Missed' };

const date = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function debriefFilename(debrief: Debrief, extension: 'json' | 'html'): string {
  return `debrief-${debrief.scenarioId}-${isoDate(debrief.callStartedAt)}.${extension}`;
}

export function debriefJson(debrief: Debrief, organisation: string): string {
  return JSON.stringify({ format: 'call-guide-training-debrief', version: 1, organisation, ...debrief }, null, 2);
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "Done at 1:05" style times, or a dash. */
const at = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? '–' : formatSeconds(seconds));

export function debriefSummary(debrief: Debrief): string {
  if (debrief.clean) return 'Clean: every step done in order, every rule kept, every time goal met.';
  const count = debrief.findings.length;
  return `${count} thing${count === 1 ? '' : 's'} to work on.`;
}

export function debriefHtml(debrief: Debrief, organisation: string): string {
  const findings = debrief.findings.length
    ? `<ol>${debrief.findings
        .map((f) => `<li>${escape(f.text)} <span class="src">(${escape(f.sources.join(', '))}${f.atSeconds === undefined ? '' : `, at ${at(f.atSeconds)}`})</span></li>`)
        .join('')}</ol>`
    : '<p>None.</p>';
  const steps = debrief.steps
    .map(
      (s) =>
        `<tr class="${s.status}"><td>${escape(s.label)}</td><td>${STATUS_LABELS[s.status]}</td><td>${at(s.atSeconds)}</td><td>${escape(s.sources.join(', '))}</td></tr>`,
    )
    .join('');
  const timings = debrief.timings
    .map(
      (t) =>
        `<tr><td>${escape(t.label)}</td><td>${at(t.seconds)}</td><td>${formatSeconds(t.goalSeconds)}</td><td>${t.met ? 'Met' : 'Not met'}</td><td>${escape(t.sources.join(', '))}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Training debrief: ${escape(debrief.scenarioTitle)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1c1f23; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid #c9ced6; }
.missed td, .out-of-order td { font-weight: 600; }
.src { color: #4d5560; font-size: 0.9em; }
</style>
</head>
<body>
<h1>Training debrief: ${escape(debrief.scenarioTitle)}</h1>
<p>Practice only: a training scenario, not a real call. ${escape(debrief.agentName)}, ${escape(organisation)}. Call started ${date(debrief.callStartedAt)}.</p>
<p>Scenario clock up to ${debrief.maxSpeed}x; time limits allow ${debrief.allowanceSeconds} s of call time to react.</p>
<h2>${escape(debriefSummary(debrief))}</h2>
<h2>What to work on</h2>
${findings}
<h2>Steps</h2>
<table><thead><tr><th>Step</th><th>Result</th><th>Time</th><th>Requirement</th></tr></thead><tbody>${steps}</tbody></table>
<h2>Time to key steps</h2>
<table><thead><tr><th>Goal</th><th>Took</th><th>Within</th><th>Result</th><th>Requirement</th></tr></thead><tbody>${timings}</tbody></table>
</body>
</html>
`;
}
