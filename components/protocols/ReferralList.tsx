import type { ReferralDirectory } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { referralGiven } from '../../lib/protocols/run';
import { isStale } from '../../lib/referrals';
import { useCall } from '../call/call-context';
import { CopyButton } from '../ui/CopyButton';

const verified = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The referral directory (SH-4): numbers large and copyable, with hours, audience and source. */
export function ReferralList({ directory, call, now }: { directory: ReferralDirectory; call: CallData; now: number }) {
  const { model, clipboard } = useCall();
  const run = call.protocol!;
  return (
    <section aria-labelledby="referrals-heading" class="referrals">
      <h3 id="referrals-heading">Referral numbers</h3>
      <p class="hint">{directory.note}</p>
      <ul>
        {directory.entries.map((entry) => (
          <li key={entry.id} class="referral">
            <div class="referral-head">
              <strong>{entry.name}</strong>
              {entry.phone && <span class="referral-number">{entry.phone}</span>}
            </div>
            {entry.url && <div class="referral-url">{entry.url}</div>}
            <div class="hint">
              {entry.description} · {entry.hours} · {entry.audience}
            </div>
            <div class={`verified${isStale(entry.verifiedOn, now) ? ' stale' : ''}`}>
              {isStale(entry.verifiedOn, now) ? 'Not verified in the last 12 months: check before giving. ' : ''}
              Verified {verified(entry.verifiedOn)} against {entry.source.document}, {entry.source.section}.
            </div>
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
