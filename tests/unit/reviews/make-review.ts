/** Reviews for the tests, built through the product's own code. */
import { croydonQuality } from '../../../content/reviews/croydon';
import type { QualityFramework } from '../../../content/schema';
import type { Mark } from '../../../lib/reviews/record';
import { emptyDraft, makeReview } from '../../../lib/reviews/review';

let counter = 0;

/** A review of `agent`'s call at `callAt`, every item marked `mark` unless `marks` says otherwise. */
export function review(agent: string, callAt: number, mark: Mark = 'met', marks: Record<string, Mark> = {}, framework: QualityFramework = croydonQuality) {
  const draft = emptyDraft(agent, callAt);
  for (const item of framework.items) draft.marks[item.id] = { mark: marks[item.id] ?? mark, note: '' };
  counter += 1;
  return makeReview(`review-${counter}`, draft, framework, 'croydon-repairs', { by: 'Tamsin Leader', at: callAt + 3_600_000 });
}
