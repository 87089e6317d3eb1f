import { getIncident } from '../../lib/incidents/repository';
import { incidentReportForm } from '../../lib/incidents/report-form';
import { useLiveQuery } from '../ui/use-live-query';
import { useLog } from './log-context';
import { Timeline } from './Timeline';
import { incidentHref } from './use-hash-route';

/**
 * One incident laid out as the council's incident reporting form, to print, attach or copy from.
 * Blank lines are the form's questions the guide cannot answer.
 */
export function ReportView({ id }: { id: string }) {
  const { db, organisation, referralName, now, print } = useLog();
  const found = useLiveQuery(db, (open) => getIncident(open, id), [id]);
  if (found.status === 'loading') return <p role="status">Loading…</p>;
  if (found.status === 'error' || !found.value) {
    return (
      <p class="notice" role="alert">
        This incident is not in the log. <a href="#/">Back to the list</a>
      </p>
    );
  }
  const incident = found.value;
  const sections = incidentReportForm(incident, { organisation: organisation(incident.playbookId), referralName, now });
  return (
    <article class="report" aria-labelledby="report-heading">
      <p class="no-print">
        <a href={incidentHref(incident.id)}>Back to the incident</a>{' '}
        <button type="button" class="primary" onClick={print}>
          Print the report
        </button>
      </p>
      <h2 id="report-heading">Incident report</h2>
      <p class="hint">
        For your organisation’s own incident form, or to attach to it{incident.playbookId === 'carmarthenshire-communities' ? ' (the Council’s Incident Reporting Form ADOR1)' : ''}.
        Blank lines are for completing by hand. It holds personal information: keep the printout securely.
      </p>
      {sections.map((section) => (
        <table key={section.heading} class="form-section">
          <caption>{section.heading}</caption>
          <tbody>
            {section.fields.map((field) => (
              <tr key={field.label}>
                <th scope="row">{field.label}</th>
                <td class={field.value ? 'filled' : 'blank'}>{field.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <section aria-labelledby="report-timeline" class="form-section">
        <h3 id="report-timeline">Timeline of the call</h3>
        <Timeline events={incident.timeline ?? []} />
      </section>
      <p class="signature">Signed: ______________________ Date: ______________</p>
    </article>
  );
}
