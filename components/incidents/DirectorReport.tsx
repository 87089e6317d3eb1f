import { useEffect, useState } from 'preact/hooks';
import { directorReport, reportPlaybookId, type CallerGroup } from '../../lib/incidents/patterns';
import { loadReportDraft, saveReportDraft } from '../../lib/incidents/report-draft';
import { CopyButton } from '../ui/CopyButton';
import { useLog } from './log-context';

/**
 * The report for the Director composed from the caller's file notes (AB-14); the team leader adds
 * the recommendation (with the Director's options ticked, where the playbook lists them), then
 * copies or prints it. What is typed is kept as a draft on this desktop until it is cleared.
 */
export function DirectorReport({ group }: { group: CallerGroup }) {
  const { db, state, now, clipboard, print, directorReport: reportRules } = useLog();
  const [recommendation, setRecommendation] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [loaded, setLoaded] = useState(false);
  const groupKey = group.keys[0] ?? '';
  useEffect(() => {
    void db()
      .then((open) => loadReportDraft(open, groupKey))
      .then((draft) => {
        if (draft) {
          setRecommendation(draft.recommendation);
          setTicked(new Set(draft.proposed));
        }
      })
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, [groupKey]);
  useEffect(() => {
    // Not before the draft is read, or the empty form would delete it.
    if (!loaded) return;
    void db()
      .then((open) => saveReportDraft(open, groupKey, { recommendation, proposed: [...ticked] }, now))
      .catch(() => undefined);
  }, [loaded, recommendation, ticked]);
  const playbookId = reportPlaybookId(group);
  const director = playbookId ? reportRules(playbookId) : undefined;
  const proposed = director?.options.filter((option) => ticked.has(option)) ?? [];
  const text = directorReport(group, {
    preparedBy: state.reviewer.value,
    recommendation,
    now,
    proposed,
    informWithinHours: director?.informWithinHours,
  });
  const toggle = (option: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(option);
      else next.delete(option);
      return next;
    });
  return (
    <section aria-label="Report for the Director" class="director-report">
      <div class="no-print">
        <div class="field">
          <label for="report-by">Prepared by</label>
          <input id="report-by" value={state.reviewer.value} onInput={(event) => (state.reviewer.value = (event.currentTarget as HTMLInputElement).value)} />
        </div>
        {director && (
          <fieldset class="director-options">
            <legend>Options to propose</legend>
            <p class="hint">The Director may decide any combination of these.</p>
            {director.options.map((option) => (
              <label key={option} class="check">
                <input type="checkbox" checked={ticked.has(option)} onChange={(event) => toggle(option, (event.currentTarget as HTMLInputElement).checked)} />{' '}
                {option}
              </label>
            ))}
          </fieldset>
        )}
        <div class="field">
          <label for="report-recommendation">Recommendation for further action</label>
          <textarea
            id="report-recommendation"
            rows={4}
            value={recommendation}
            onInput={(event) => setRecommendation((event.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
      </div>
      <pre class="report-text" aria-label="The report" tabIndex={0}>
        {text}
      </pre>
      <p class="no-print">
        <CopyButton label="Copy the report" text={text} clipboard={clipboard} />{' '}
        <button type="button" onClick={print}>
          Print the report
        </button>
      </p>
      <p class="hint no-print">
        Your recommendation is kept as a draft on this desktop, so leaving the page does not lose it.{' '}
        <button
          type="button"
          onClick={() => {
            setRecommendation('');
            setTicked(new Set());
          }}
        >
          Clear the draft
        </button>
      </p>
    </section>
  );
}
