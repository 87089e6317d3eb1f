/**
 * A review from the team leader's form: checked, rated and signed; and a correction, which keeps
 * what it changed with who changed it and when.
 */
import type { QualityFramework } from '../../content/schema';
import { rate } from './rating';
import { MARK_LABELS, type CallReview, type Change, type Mark, type MarkedItem } from './record';

/** The form as the team leader fills it in. */
export interface ReviewDraft {
  agentName: string;
  /** When the call took place; null until given. */
  callAt: number | null;
  callReference: string;
  marks: Record<string, { mark?: Mark; note: string }>;
  strengths: string;
  improvements: string;
  coached: boolean;
}

export type DraftErrors = Partial<Record<'agentName' | 'callAt' | 'signedBy' | 'items', string>>;

export function emptyDraft(agentName = '', callAt: number | null = null): ReviewDraft {
  return { agentName, callAt, callReference: '', marks: {}, strengths: '', improvements: '', coached: false };
}

/** The draft's marks in the framework's order. */
export function draftMarks(draft: ReviewDraft, framework: QualityFramework): (Mark | undefined)[] {
  return framework.items.map((item) => draft.marks[item.id]?.mark);
}

/** The rating as the form stands (unmarked items not counted yet). */
export const draftRating = (draft: ReviewDraft, framework: QualityFramework) => rate(draftMarks(draft, framework));

/** A day of slack for a desk clock a little behind the team leader's. */
const FUTURE_SLACK = 86_400_000;

export function checkDraft(draft: ReviewDraft, framework: QualityFramework, signedBy: string, now: number): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.agentName.trim()) errors.agentName = "Enter the agent's name.";
  if (draft.callAt === null || Number.isNaN(draft.callAt)) errors.callAt = 'Enter the date and time of the call.';
  else if (draft.callAt > now + FUTURE_SLACK) errors.callAt = 'The call cannot be in the future.';
  if (!signedBy.trim()) errors.signedBy = 'Enter your name: the review is signed with it.';
  const unmarked = framework.items.filter((item) => !draft.marks[item.id]?.mark).length;
  if (unmarked) errors.items = `Mark every item: ${unmarked} of ${framework.items.length} not marked yet.`;
  return errors;
}

function markedItems(draft: ReviewDraft, framework: QualityFramework): MarkedItem[] {
  return framework.items.map((item) => ({
    itemId: item.id,
    text: item.text,
    mark: draft.marks[item.id]?.mark ?? 'not-applicable',
    note: draft.marks[item.id]?.note.trim() ?? '',
  }));
}

export interface Signature {
  by: string;
  at: number;
}

/** A new review, signed; the draft must have passed checkDraft. */
export function makeReview(id: string, draft: ReviewDraft, framework: QualityFramework, playbookId: string, signed: Signature): CallReview {
  const items = markedItems(draft, framework);
  return {
    id,
    playbookId,
    framework: framework.name,
    agentName: draft.agentName.trim(),
    callAt: draft.callAt!,
    signed: { by: signed.by.trim(), at: signed.at },
    corrected: null,
    rating: { ...rate(items.map((item) => item.mark)), target: framework.target.percent },
    content: {
      callReference: draft.callReference.trim(),
      items,
      strengths: draft.strengths.trim(),
      improvements: draft.improvements.trim(),
      coached: draft.coached,
      corrections: [],
    },
  };
}

/** The form filled in from a saved review, to correct it. */
export function draftFrom(review: CallReview): ReviewDraft {
  return {
    agentName: review.agentName,
    callAt: review.callAt,
    callReference: review.content.callReference,
    marks: Object.fromEntries(review.content.items.map((item) => [item.itemId, { mark: item.mark, note: item.note }])),
    strengths: review.content.strengths,
    improvements: review.content.improvements,
    coached: review.content.coached,
  };
}

const markText = (item: MarkedItem | undefined) => (item ? `${MARK_LABELS[item.mark]}${item.note ? ` (${item.note})` : ''}` : '');

/** What a correction changes, field by field and item by item, in words. */
export function changesBetween(before: CallReview, after: CallReview, formatTime: (ms: number) => string): Change[] {
  const changes: Change[] = [];
  const compare = (what: string, from: string, to: string) => {
    if (from !== to) changes.push({ what, from, to });
  };
  compare('Agent', before.agentName, after.agentName);
  compare('Call', formatTime(before.callAt), formatTime(after.callAt));
  compare('Call reference', before.content.callReference, after.content.callReference);
  for (const item of after.content.items) {
    compare(item.text, markText(before.content.items.find((old) => old.itemId === item.itemId)), markText(item));
  }
  compare('Strengths', before.content.strengths, after.content.strengths);
  compare('Areas to improve', before.content.improvements, after.content.improvements);
  return changes;
}

/**
 * The review corrected: the new marks and words, rated again, signed as corrected, with the change
 * recorded. The first signature stays. Null when nothing changed.
 */
export function correctReview(
  review: CallReview,
  draft: ReviewDraft,
  framework: QualityFramework,
  signed: Signature,
  formatTime: (ms: number) => string,
): CallReview | null {
  const remade = makeReview(review.id, draft, framework, review.playbookId, review.signed);
  const changes = changesBetween(review, remade, formatTime);
  if (changes.length === 0) return null;
  const by = { by: signed.by.trim(), at: signed.at };
  return {
    ...remade,
    framework: review.framework,
    corrected: by,
    content: { ...remade.content, coached: review.content.coached, corrections: [...review.content.corrections, { ...by, changes }] },
  };
}
