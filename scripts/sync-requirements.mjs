// Writes content/requirements.ts from content/standards/REQUIREMENTS.md, so the guide carries the
// requirement list word for word and never reads outside the project. Run after the list changes:
//   node scripts/sync-requirements.mjs
// tests/unit/content/content.test.ts fails while the two disagree.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRequirements } from './requirements-md.mjs';

const out = resolve(import.meta.dirname, '../content/requirements.ts');
const records = parseRequirements();
const body = records
  .map((r) => `  {\n    id: ${JSON.stringify(r.id)},\n    text: ${JSON.stringify(r.text)},\n    source: ${JSON.stringify(r.source)},${r.tag ? `\n    tag: ${JSON.stringify(r.tag)},` : ''}\n  },`)
  .join('\n');
writeFileSync(
  out,
  `/**
 * Every call-handling requirement, written from content/standards/REQUIREMENTS.md by
 * scripts/sync-requirements.mjs (do not edit by hand). Content cites these IDs in \`sources\`; the
 * content test checks each citation exists, every requirement is cited, and this file still
 * matches the list. \`text\` is the line without its trailing source, which becomes \`source\`;
 * \`tag\` is the list's [call], [log] or [info] where it gives one.
 */
import type { Requirement } from './schema';

export const requirements: readonly Requirement[] = [
${body}
];
`,
);
console.log(`content/requirements.ts: ${records.length} requirements`);
