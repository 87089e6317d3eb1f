import { qualityFrameworkFor } from '../../content/reviews/frameworks';
import type { Playbook } from '../../content/schema';
import { effectiveQuality, fixedByPolicy } from '../../lib/settings/effective';
import { useAppState } from '../context/app-state';
import { From } from '../ui/From';
import { SET_BY_ORGANISATION } from './Field';

/**
 * The call quality target and the reviews per agent a month, from the effective configuration: the
 * playbook's (or a pack's), or the organisation's policy (`callQuality`), which then locks them.
 * Shown here, not edited: only a pack or the policy sets them.
 */
export function QualitySettings({ playbook }: { playbook: Playbook }) {
  const policy = useAppState().policy.value;
  const framework = effectiveQuality(qualityFrameworkFor(playbook), policy);
  const isLocked = fixedByPolicy(policy, 'callQuality');
  return (
    <section class="card" aria-labelledby="quality-settings-heading">
      <h2 id="quality-settings-heading">Call quality reviews</h2>
      <p class="hint">Team leaders review calls against {framework.name}.</p>
      <dl aria-describedby={isLocked ? 'quality-settings-locked' : undefined}>
        <div>
          <dt>Target rating</dt>
          <dd>
            {framework.target.percent}% <From from={framework.target.from} />
          </dd>
        </div>
        <div>
          <dt>Reviews per agent a month, at least</dt>
          <dd>
            {framework.minimumPerMonth.count} <From from={framework.minimumPerMonth.from} />
          </dd>
        </div>
      </dl>
      {isLocked ? (
        <p id="quality-settings-locked" class="locked">
          {SET_BY_ORGANISATION}
        </p>
      ) : (
        <p class="hint">A playbook pack, or your organisation’s policy, can set other figures.</p>
      )}
    </section>
  );
}
