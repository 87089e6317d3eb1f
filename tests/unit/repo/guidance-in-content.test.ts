/**
 * Every word said to a caller or shown as guidance lives in content/ (issue 19, item 1), where the
 * content tests check its provenance and the requirements it cites. This test reads the source of
 * components/protocols and components/call and fails on any sentence written there.
 *
 * The rule: a "sentence" is
 * - a string literal or template literal (each `${…}` counts as one word), or
 * - the text of one JSX element: its consecutive text and `{…}` children, read together (each
 *   `{…}` counts as one word), so a sentence split by expressions is still one sentence;
 * and a sentence of FIVE or more words must not be in these components. Shorter ones are control
 * labels ("Save incident", "Done, next step"), headings and field names. The few longer control
 * labels are listed in ALLOWED below, each with why it is a label and not guidance.
 *
 * Words are runs of non-space characters with a letter or a digit in them; a sentence needs at
 * least two such words besides its `{…}`s. Not prose, so not read: imports, the message of a thrown
 * Error (for developers, never shown), JSX comments, and JSX attributes other than the ones a
 * person reads or hears (PROSE_ATTRIBUTES: aria-label, title, placeholder, alt, label).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const FOLDERS = ['components/protocols', 'components/call'];
const MIN_WORDS = 5;

/** Longer labels of controls, allowed in components: each names what the control is or does. */
const ALLOWED: Record<string, string> = {
  'Caller is happy to be called by their first name': 'the label of the checkbox that records it',
  'What the call is about': 'the label of the enquiry field',
  'File note for your Line Manager/Director': 'the label of the read-only file-note field',
  'Use the address on file: \u2026': 'a button that copies the address on file into the location field',
  'Not yet: back to the warnings': "a button: the answer to the early-end question, which is content's",
  'Mark call-back to \u2026 done': 'the aria-label naming whose call-back the Done button closes',
  'Before you take a message': "the aria-label of the list of the organisation's lines (their words are content's)",
  'Message left with an adult': 'a radio button of the attempt record, also its value in the list of attempts',
  'Message left on an answering machine': 'a radio button of the attempt record, also its value in the list of attempts',
  'Attempts to call \u2026 back': 'the aria-label of the list of attempts',
  '\u2026 is available only in the evening': 'the label of the checkbox that records it',
};

const PLACEHOLDER = '\u2026';
const PROSE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

function files(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word) || word === PLACEHOLDER);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Sentence {
  file: string;
  line: number;
  text: string;
}

/** Every sentence in one source file, by the rule above. */
export function sentences(file: string, source: string): Sentence[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Sentence[] = [];
  const add = (node: ts.Node, text: string) => {
    const clean = squash(text);
    const all = words(clean);
    if (all.length >= MIN_WORDS && all.filter((word) => word !== PLACEHOLDER).length >= 2) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: clean });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Error') return;
    if (ts.isJsxAttribute(node) && !PROSE_ATTRIBUTES.has(node.name.getText(sf))) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      add(node, node.head.text + node.templateSpans.map((span) => ` ${PLACEHOLDER} ${span.literal.text}`).join(''));
    } else if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      let run = '';
      let first: ts.Node | null = null;
      const flush = () => {
        if (first) add(first, run);
        run = '';
        first = null;
      };
      for (const child of node.children) {
        if (ts.isJsxText(child)) {
          run += child.text;
          first ??= child;
        } else if (ts.isJsxExpression(child)) {
          // A string in braces is prose like any other text; anything else is one word.
          const inner = child.expression;
          if (!inner) continue; // a comment
          run += inner && (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) ? inner.text : ` ${PLACEHOLDER} `;
          first ??= child;
        } else flush();
      }
      flush();
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const all = FOLDERS.flatMap(files).flatMap((file) => sentences(relative(root, file), readFileSync(file, 'utf8')));

describe('guidance lives in content/, not in components', () => {
  it('components/protocols and components/call contain no sentence that is not a control label', () => {
    const offending = all.filter((sentence) => !(sentence.text in ALLOWED)).map((s) => `${s.file}:${s.line}: ${s.text}`);
    expect(offending).toEqual([]);
  });

  it('every allowed label is still used (the list stays small and true)', () => {
    const used = new Set(all.map((sentence) => sentence.text));
    expect(Object.keys(ALLOWED).filter((label) => !used.has(label))).toEqual([]);
  });
});

describe('the rule itself', () => {
  const scan = (source: string) => sentences('x.tsx', source).map((sentence) => sentence.text);

  it('finds a sentence in JSX text, split by expressions, and in string and template literals', () => {
    expect(scan('const a = <p>The procedure asks for {n} warnings; end the call now?</p>;')).toEqual([
      `The procedure asks for ${PLACEHOLDER} warnings; end the call now?`,
    ]);
    expect(scan("const b = 'Check in with the caller now';")).toEqual(['Check in with the caller now']);
    expect(scan('const c = `Close to ${limit} on hold: offer`;')).toEqual([`Close to ${PLACEHOLDER} on hold: offer`]);
  });

  it('lets short labels, class lists and imports through', () => {
    expect(scan("import { x } from '../../../lib/call/call-backs-and-more-words';")).toEqual([]);
    expect(scan('const d = <button class="primary big wide very tall">Done, next step</button>;')).toEqual([]);
    expect(scan('const e = <p>{a} {b} {c} {d} {e}</p>;')).toEqual([]);
    expect(scan("throw new Error('useCall needs a CallContext provider');")).toEqual([]);
    expect(scan('const f = <button aria-label="Dismiss the cue for this call">×</button>;')).toEqual(['Dismiss the cue for this call']);
  });
});
