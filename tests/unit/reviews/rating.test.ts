import { describe, expect, it } from 'vitest';
import { croydonQuality } from '../../../content/reviews/croydon';
import { average, describeRating, formatPercent, rate } from '../../../lib/reviews/rating';
import { draftRating, emptyDraft } from '../../../lib/reviews/review';
import { NOW } from '../../support/now';

describe('the call quality rating', () => {
  it('is met plus half of partly, over the items that apply', () => {
    const rating = rate(['met', 'met', 'partly', 'not-met', 'not-applicable']);
    expect(rating).toEqual({ met: 2, partly: 1, notMet: 1, applicable: 4, percent: 62.5 });
  });

  it('counts neither Not applicable nor unmarked items, and has no value when nothing applies', () => {
    expect(rate(['not-applicable', undefined]).percent).toBeNull();
    expect(rate(['met', undefined, 'not-applicable']).percent).toBe(100);
  });

  it('is shown in whole per cent, never rounded up to a target it misses', () => {
    // 12 met and 1 partly of 15 is 83.3%; 79.9 must not read as 80.
    expect(formatPercent(rate([...Array(12).fill('met'), 'partly', 'not-met', 'not-met']).percent)).toBe('83%');
    expect(formatPercent(79.99)).toBe('79%');
    expect(formatPercent(80)).toBe('80%');
    expect(formatPercent(null)).toBe('–');
  });

  it('says where it stands against the target', () => {
    expect(describeRating(rate(['met', 'met', 'met', 'not-met']), 80)).toBe('75%: met 3, partly 0, not met 1 of 4 that apply; below the target of 80%.');
    expect(describeRating(rate(['met', 'met', 'met', 'met', 'not-met']), 80)).toContain('at or above the target of 80%');
  });

  it('follows the form as it is filled in: Croydon, item by item', () => {
    const draft = emptyDraft('Priya Shah', NOW);
    const ids = croydonQuality.items.map((item) => item.id);
    expect(draftRating(draft, croydonQuality).percent).toBeNull();
    draft.marks[ids[0]!] = { mark: 'met', note: '' };
    draft.marks[ids[1]!] = { mark: 'partly', note: '' };
    expect(draftRating(draft, croydonQuality).percent).toBe(75);
    draft.marks[ids[2]!] = { mark: 'not-applicable', note: '' };
    expect(draftRating(draft, croydonQuality).percent).toBe(75);
  });

  it('averages only the ratings that exist', () => {
    expect(average([80, null, 60])).toBe(70);
    expect(average([null])).toBeNull();
  });
});
