/**
 * Reviews as CSV for a spreadsheet: one row per review, each item's mark and note in one cell, with
 * the same guard against cells a spreadsheet would run as formulas as the incident CSV.
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../incidents/export-csv';
import { isoLocal } from '../incidents/format';
import { formatPercent } from './rating';
import { MARK_LABELS, type CallReview } from './record';

export const REVIEW_CSV_COLUMNS = [
  'Review',
  'Call',
  'Agent',
  'Call reference',
  'Framework',
  'Rating',
  'Target',
  'Met',
  'Partly',
  'Not met',
  'Applicable',
  'Items',
  'Strengths',
  'Areas to improve',
  'Side by side',
  'Signed by',
  'Signed',
  'Corrections',
] as const;

function row(review: CallReview): string[] {
  const { content, rating } = review;
  return [
    review.id,
    isoLocal(review.callAt),
    review.agentName,
    content.callReference,
    review.framework,
    formatPercent(rating.percent),
    `${rating.target}%`,
    String(rating.met),
    String(rating.partly),
    String(rating.notMet),
    String(rating.applicable),
    content.items.map((item) => `${MARK_LABELS[item.mark]}: ${item.text}${item.note ? ` (${item.note})` : ''}`).join('\n'),
    content.strengths,
    content.improvements,
    content.coached ? 'Yes' : 'No',
    review.signed.by,
    isoLocal(review.signed.at),
    content.corrections.map((c) => `${isoLocal(c.at)} ${c.by}: ${c.changes.map((change) => change.what).join('; ')}`).join('\n'),
  ];
}

/** CSV text with a byte-order mark (UTF-8 in spreadsheets) and CRLF line ends. */
export function reviewsCsv(reviews: readonly CallReview[]): string {
  const csv = Papa.unparse(
    { fields: [...REVIEW_CSV_COLUMNS], data: reviews.map(row) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${csv}`;
}
