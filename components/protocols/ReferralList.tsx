import { protocolCountLines } from '../../content/panel-lines';
import { protocolText } from '../../content/panel-text';
import type { Referral } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { referralGiven } from '../../lib/protocols/run';
import { needsChecking, type CallerReferrals } from '../../lib/referrals';
import { useCall } from '../context/call';
import { CopyButton } from '../ui/CopyButton';
import { describe, useProvenance } from '../ui/From';

export const formatDay = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Where an entry's number comes from, and whether anyone has checked it with the service. */
export function ReferralProvenance({ entry, now }: { entry: Referral; now: number }) {
  const show = useProvenance();
  const from = show(entry.from);
  const source = from.kind === 'organisation' ? from.detail : from.quote ? `From ${from.quote.document}, ${from.quote.section}` : from.detail;
  const stale = entry.checked ? needsChecking(entry, now) : false;
  return (
    <div class="verified">
      <span title={describe(from)}>
        {source.replace(/\.$/, '')}, copied {formatDay(entry.copiedOn)}.
      </span>{' '}
      {entry.checked ? (
        <span class={stale ? 'stale' : ''}>
          {protocolText.referralChecked} {formatDay(entry.checked.on)}
          {entry.checked.by ? ` by ${entry.checked.by}` : ''}.{stale ? protocolText.referralStale : ''}
        </span>
      ) : (
        <span class="unchecked">{protocolText.referralUnchecked}</span>
      )}
    </div>
  );
}

/** The services that serve this caller (SH-4): numbers large and copyable, each with its provenance. */
export function ReferralList({ referrals, call, now }: { referrals: CallerReferrals; call: CallData; now: number }) {
  const { model, clipboard } = useCall();
  const run = call.protocol!;
  return (
    <section aria-labelledby="referrals-heading" class="referrals">
      <h3 id="referrals-heading">Referral numbers</h3>
      {!referrals.hasLocal && (
        <p class="notice" role="note">
          {protocolCountLines.noLocalReferrals.text(referrals.location.description)}
        </p>
      )}
      <ul>
        {referrals.entries.map((entry) => (
          <li key={entry.id} class="referral">
            <div class="referral-head">
              <strong>{entry.name}</strong>
              {entry.phone && <span class="referral-number">{entry.phone}</span>}
            </div>
            {entry.url && <div class="referral-url">{entry.url}</div>}
            <div class="hint">
              {entry.description} · {entry.hours} · {entry.audience}
            </div>
            <ReferralProvenance entry={entry} now={now} />
            <div class="actions">
              <CopyButton label={`Copy ${entry.name}`} text={entry.phone ?? entry.url ?? ''} clipboard={clipboard} />
              <label class="check">
                <input
                  type="checkbox"
                  checked={run.referralsGiven.includes(entry.id)}
                  onChange={(event) => model.update((c, at) => referralGiven(c, at, entry.id, event.currentTarget.checked))}
                />
                Given to the caller
              </label>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
