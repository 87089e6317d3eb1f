// Reads content/standards/REQUIREMENTS.md (the requirement list, copied as published) into
// { id, tag, text, source } records. Shared by scripts/sync-requirements.mjs, which writes
// content/requirements.ts, and the content test, which checks the two still agree.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REQUIREMENTS_MD = resolve(import.meta.dirname, '../content/standards/REQUIREMENTS.md');

const LINE = /^- ([A-Z]{2})-(\d{1,2}) (?:\[(call|log|info)\] )?(.*)$/;
/** A trailing "(source)" with no parentheses inside, at the very end of the line. */
const TRAILING = /\s*\(([^()]*)\)$/;

export function parseRequirements(markdown = readFileSync(REQUIREMENTS_MD, 'utf8')) {
  const records = [];
  let headingSource = '';
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('#')) {
      const heading = line.replace(/^#+\s*/, '');
      // "## Declarations ... (SH) (Croydon six-point plan)": the last group names the source.
      const groups = [...heading.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
      headingSource = groups.length > 1 ? groups.at(-1) : '';
      continue;
    }
    const match = LINE.exec(line);
    if (!match) continue;
    const [, family, number, tag, rest] = match;
    let text = rest.trim();
    let source = headingSource;
    let found = TRAILING.exec(text);
    // A closing note in brackets ("(Calico's Language Line offer is AC-1.)") stays with the text;
    // the group before it is the source.
    let note = '';
    if (found && found[1].trim().endsWith('.')) {
      note = found[0].trim();
      text = text.slice(0, found.index).trim();
      found = TRAILING.exec(text);
    }
    if (found) {
      source = found[1].trim();
      text = text.slice(0, found.index).trim();
    }
    if (note) text = `${text} ${note}`;
    records.push({ id: `${family}-${Number(number)}`, family, tag: tag ?? null, text, source: source || 'see REQUIREMENTS.md' });
  }
  return records;
}
