/**
 * A call quality review. The readable envelope (who, which call, who signed it and when,
 * the rating) is what the month's coverage and the rating trends read; everything else a team
 * leader wrote is in `content`, kept apart so that sealing (as incidents are sealed) encrypts it
 * whole and leaves the envelope readable without a key. The two are stored in two tables
 * (lib/reviews/repository.ts), so a month's view reads the envelopes only.
 */

export const MARKS = ['met', 'partly', 'not-met', 'not-applicable'] as const;
export type Mark = (typeof MARKS)[number];

export const MARK_LABELS: Record<Mark, string> = {
  met: 'Met',
  partly: 'Partly',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
};

/** One item of the framework as marked, with its words as they were, so the review reads the same later. */
export interface MarkedItem {
  itemId: string;
  text: string;
  mark: Mark;
  note: string;
}

/** What changed in a correction: a field or item, its value before and after. */
export interface Change {
  what: string;
  from: string;
  to: string;
}

export interface Correction {
  by: string;
  at: number;
  changes: Change[];
}

/** The counts behind a rating, and the rating itself in per cent (null when no item applies). */
export interface Rating {
  met: number;
  partly: number;
  notMet: number;
  applicable: number;
  percent: number | null;
}

/** Everything the team leader wrote: sealed as one piece when sealing is on. */
export interface ReviewContent {
  callReference: string;
  items: MarkedItem[];
  strengths: string;
  improvements: string;
  /** Reviewed side by side during the call (coaching from the panel). */
  coached: boolean;
  /** Each correction with what it changed, oldest first. */
  corrections: Correction[];
}

export interface CallReview {
  id: string;
  playbookId: string;
  /** The framework's name when the review was made ("CSA promise"). */
  framework: string;
  agentName: string;
  /** When the call reviewed took place (ms since the epoch); the review counts in that month. */
  callAt: number;
  signed: { by: string; at: number };
  /** The latest correction's signature; who changed what is in the content. */
  corrected: { by: string; at: number } | null;
  rating: Rating & { target: number };
  content: ReviewContent;
}

/**
 * The fields readable without a key when reviews are sealed: who was reviewed, when the call was,
 * which framework, who signed and corrected it and when, and the rating with its counts (what the
 * month's coverage and the agents' rating trends read). Which items were met, every note, the
 * strengths, the areas to improve, the call reference and what each correction changed are the
 * content.
 */
export type ReviewEnvelope = Omit<CallReview, 'content'>;

/**
 * A review's content sealed to the team leaders' keys (lib/sealing/reviews.ts): an armored age file
 * of `{ id, content }`, with the keys it was sealed to (public keys, so a key that cannot open it
 * is told so before trying) and when it was sealed.
 */
export interface SealedReviewContent {
  v: 1;
  content: string;
  to: string[];
  at: number;
}

/** A review's content as stored, in its own table beside the envelope (same id): as written, or sealed. */
export type StoredReviewContent = { id: string; content: ReviewContent } | { id: string; sealed: SealedReviewContent };

export function isSealedContent(stored: StoredReviewContent): stored is { id: string; sealed: SealedReviewContent } {
  const sealed = (stored as { sealed?: Partial<SealedReviewContent> }).sealed;
  return typeof sealed === 'object' && sealed !== null && typeof sealed.content === 'string';
}
