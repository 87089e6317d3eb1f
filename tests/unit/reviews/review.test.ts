import { describe, expect, it } from 'vitest';
import { croydonQuality } from '../../../content/reviews/croydon';
import { reviewsCsv } from '../../../lib/reviews/csv';
import { checkDraft, correctReview, draftFrom, emptyDraft, makeReview } from '../../../lib/reviews/review';
import { dateAndTime, DAY, NOW } from '../../support/now';

function filledDraft() {
  const draft = emptyDraft('Priya Shah', NOW - DAY);
  for (const item of croydonQuality.items) draft.marks[item.id] = { mark: 'met', note: '' };
  draft.marks.hold = { mark: 'partly', note: 'Asked, but no check-in after two minutes' };
  draft.strengths = 'Warm greeting';
  return draft;
}

describe('recording a review', () => {
  it('asks for the agent, the call, the signature and every item before it is saved', () => {
    const errors = checkDraft(emptyDraft(), croydonQuality, '', NOW);
    expect(errors).toEqual({
      agentName: "Enter the agent's name.",
      callAt: 'Enter the date and time of the call.',
      signedBy: 'Enter your name: the review is signed with it.',
      items: 'Mark every item: 15 of 15 not marked yet.',
    });
    expect(checkDraft({ ...filledDraft(), callAt: NOW + 2 * DAY }, croydonQuality, 'Tamsin', NOW).callAt).toBe('The call cannot be in the future.');
    expect(checkDraft(filledDraft(), croydonQuality, 'Tamsin Leader', NOW)).toEqual({});
  });

  it('is signed, rated against the target, and keeps the words of each item as they were', () => {
    const review = makeReview('r1', filledDraft(), croydonQuality, 'croydon-repairs', { by: ' Tamsin Leader ', at: NOW });
    expect(review.signed).toEqual({ by: 'Tamsin Leader', at: NOW });
    expect(review.rating).toEqual({ met: 14, partly: 1, notMet: 0, applicable: 15, percent: (14.5 / 15) * 100, target: 80 });
    expect(review.content.items).toHaveLength(15);
    expect(review.content.items.find((item) => item.itemId === 'hold')).toEqual({
      itemId: 'hold',
      text: "I will ask for the resident's approval prior to placing them on hold and check in frequently if I need them to continue to be on hold",
      mark: 'partly',
      note: 'Asked, but no check-in after two minutes',
    });
  });

  it('keeps what the readable envelope holds apart from the content that sealing would encrypt', () => {
    const review = makeReview('r1', filledDraft(), croydonQuality, 'croydon-repairs', { by: 'Tamsin Leader', at: NOW });
    const { content, ...envelope } = review;
    expect(Object.keys(envelope).sort()).toEqual(['agentName', 'callAt', 'corrected', 'framework', 'id', 'playbookId', 'rating', 'signed']);
    expect(JSON.stringify(envelope)).not.toContain('Warm greeting');
    expect(content.strengths).toBe('Warm greeting');
  });
});

describe('correcting a review', () => {
  const original = makeReview('r1', filledDraft(), croydonQuality, 'croydon-repairs', { by: 'Tamsin Leader', at: NOW });

  it('rates it again and records who changed what, and when, keeping the first signature', () => {
    const draft = draftFrom(original);
    draft.marks.hold = { mark: 'met', note: '' };
    draft.callReference = 'REP-1043';
    const corrected = correctReview(original, draft, croydonQuality, { by: 'Sam Manager', at: NOW + 1000 }, dateAndTime)!;
    expect(corrected.signed).toEqual(original.signed);
    expect(corrected.corrected).toEqual({ by: 'Sam Manager', at: NOW + 1000 });
    expect(corrected.rating.percent).toBe(100);
    expect(corrected.content.corrections).toEqual([
      {
        by: 'Sam Manager',
        at: NOW + 1000,
        changes: [
          { what: 'Call reference', from: '', to: 'REP-1043' },
          { what: original.content.items.find((i) => i.itemId === 'hold')!.text, from: 'Partly (Asked, but no check-in after two minutes)', to: 'Met' },
        ],
      },
    ]);
  });

  it('records nothing when nothing changed', () => {
    expect(correctReview(original, draftFrom(original), croydonQuality, { by: 'Sam', at: NOW }, dateAndTime)).toBeNull();
  });
});

describe('the CSV of reviews', () => {
  it('has one row per review, and a note typed as a formula opens as text', () => {
    const draft = filledDraft();
    draft.improvements = '=HYPERLINK("http://example.invalid")';
    const csv = reviewsCsv([makeReview('r1', draft, croydonQuality, 'croydon-repairs', { by: 'Tamsin Leader', at: NOW })]);
    expect(csv.startsWith('\uFEFFReview,Call,Agent,Call reference,Framework,Rating,Target')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain('96%,80%,14,1,0,15');
  });
});
