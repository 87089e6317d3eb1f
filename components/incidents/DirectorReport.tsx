import { useState } from 'preact/hooks';
import { directorReport, type CallerGroup } from '../../lib/incidents/patterns';
import { CopyButton } from '../ui/CopyButton';
import { useLog } from './log-context';

/**
 * The report for the Director composed from the caller's file notes (AB-14); the team leader adds
 * the recommendation, then copies or prints it. It is not stored: the report lives where it is sent.
 */
export function DirectorReport({ group }: { group: CallerGroup }) {
  const { state, now, clipboard, print } = useLog();
  const [recommendation, setRecommendation] = useState('');
  const text = directorReport(group, { preparedBy: state.reviewer.value, recommendation, now });
  return (
    <section aria-label="Report for the Director" class="director-report">
      <div class="no-print">
        <div class="field">
          <label for="report-by">Prepared by</label>
          <input id="report-by" value={state.reviewer.value} onInput={(event) => (state.reviewer.value = (event.currentTarget as HTMLInputElement).value)} />
        </div>
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
      <p class="hint no-print">Not kept in the log: copy or print it before leaving this page.</p>
    </section>
  );
}
