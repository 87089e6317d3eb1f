/**
 * The checks behind tests/unit/content/content.test.ts, as plain functions returning problems, so the
 * test can run them on the real content and on deliberately broken copies.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { CueSchema, PlaybookSchema, ProtocolSchema, ReferralDirectorySchema, RequirementSchema } from '../../../content/schema';
import type { Cue, Playbook, Protocol, Quote, ReferralDirectory, Requirement } from '../../../content/schema';
import { STANDARDS, STANDARD_IDS, type StandardId } from '../../../content/standards';
import { isUkPhoneNumber, phoneDigits } from '../../../content/phone';
// @ts-expect-error plain ESM shared with the node scripts
import { parseRequirements } from '../../../scripts/requirements-md.mjs';

export interface Content {
  requirements: Requirement[];
  playbooks: Playbook[];
  protocols: Protocol[];
  /** The referral services the standards give. */
  referralDirectories: ReferralDirectory[];
  /** Lines shown during calls (content/cues.ts, content/call-lines.ts, content/hold-lines.ts), each with an id. */
  cues: (Cue & { id: string })[];
}

export const CHECKS = [
  'schema',
  'duplicate-id',
  'unknown-citation',
  'uncited',
  'requirements-list',
  'phone',
  'quote',
  'referral-number',
  'referral-provenance',
  'reference',
  'protocol-lines',
  'organisation-label',
] as const;
export type Check = (typeof CHECKS)[number];
export interface Problem {
  check: Check;
  message: string;
}

/** Runs of digits, spaces, brackets and hyphens: anything that might be a phone number. */
const NUMBER_RUN = /[(\d][\d\s()-]*\d/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ORGANISATION_LABELS = /\b(Croydon|Communities|Calico|Moray|Longhurst|ADOR1|ASC front door|Director)\b/;

/** The standards' texts, as the content test reads them, with whitespace made single spaces. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const standardTexts: Record<StandardId, string> = Object.fromEntries(
  STANDARD_IDS.map((id) => [id, squash(readFileSync(resolve(import.meta.dirname, '../../../content/standards', STANDARDS[id].file), 'utf8'))]),
) as Record<StandardId, string>;

/** Where the quote is in its standard (after whitespace is squashed), or -1. */
export function quoteAt(quote: Quote): number {
  return standardTexts[quote.standard].indexOf(squash(quote.quote));
}

export function checkContent(content: Content): Problem[] {
  const problems: Problem[] = [];
  const add = (check: Check) => (message: string) => problems.push({ check, message });

  checkSchemas(content, add('schema'));
  checkDuplicates(content, add('duplicate-id'));
  const citations = collectCitations(content);
  const known = new Set(content.requirements.map((requirement) => requirement.id));
  for (const { id, where } of citations) {
    if (!known.has(id)) add('unknown-citation')(`${where} cites ${id}, which is not in requirements.ts`);
  }
  for (const id of uncitedRequirements(content, citations)) add('uncited')(`${id} is cited by no content`);
  checkRequirementsList(content, add('requirements-list'));
  for (const text of allStrings(content)) {
    for (const run of numberRuns(text, 6)) {
      if (!ISO_DATE.test(run) && !isUkPhoneNumber(run)) {
        add('phone')(`"${run}" looks like a phone number but is not a well-formed UK one, in: ${text}`);
      }
    }
  }
  for (const { quote, where } of collectQuotes(content)) {
    if (quoteAt(quote) < 0) add('quote')(`${where}: "${quote.quote}" is not in ${STANDARDS[quote.standard].file}`);
  }
  checkReferralNumbers(content, add('referral-number'));
  checkReferralProvenance(content, add('referral-provenance'));
  checkReferences(content, add('reference'), add('protocol-lines'));
  checkOrganisationLabels(content, add('organisation-label'));
  return problems;
}

function checkSchemas(content: Content, report: (message: string) => void): void {
  const validate = (kind: string, schema: v.GenericSchema, items: readonly { id: string }[]) => {
    for (const item of items) {
      const result = v.safeParse(schema, item);
      for (const issue of result.issues ?? []) {
        report(`${kind} ${item.id}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
      }
    }
  };
  validate('requirement', RequirementSchema, content.requirements);
  validate('playbook', PlaybookSchema, content.playbooks);
  validate('protocol', ProtocolSchema, content.protocols);
  validate('cue', CueSchema, content.cues);
  validate('referral directory', ReferralDirectorySchema, content.referralDirectories);
}

function checkDuplicates(content: Content, report: (message: string) => void): void {
  const unique = (scope: string, what: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) report(`${scope}: duplicate ${what} id "${id}"`);
      seen.add(id);
    }
  };
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  unique('content', 'requirement', ids(content.requirements));
  unique('content', 'playbook', ids(content.playbooks));
  unique('content', 'protocol', ids(content.protocols));
  unique('content', 'cue', ids(content.cues));
  unique('content', 'referral directory', ids(content.referralDirectories));
  for (const protocol of content.protocols) {
    unique(protocol.id, 'step', ids(protocol.steps));
    unique(protocol.id, 'checklist item', ids(protocol.steps.flatMap((step) => step.checklist)));
    unique(protocol.id, 'input', ids(protocol.steps.flatMap((step) => step.inputs)));
  }
  for (const playbook of content.playbooks) {
    unique(playbook.id, 'closing item', ids(playbook.closing));
    unique(playbook.id, 'call-back', ids(playbook.callBacks));
    unique(playbook.id, 'message field', ids(playbook.message.fields));
    unique(playbook.id, 'fact', ids(playbook.facts));
  }
  for (const directory of content.referralDirectories) unique(directory.id, 'referral', ids(directory.entries));
}

interface Citation {
  id: string;
  /** Where the citation sits, e.g. "moray.closing[issues-confirmed]". */
  where: string;
}

function walkContent(content: Content, visit: (value: Record<string, unknown>, where: string) => void): void {
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null) return;
    visit(value as Record<string, unknown>, where);
    for (const [key, child] of Object.entries(value)) {
      if (Array.isArray(child)) child.forEach((item: unknown, index) => walk(item, `${where}.${key}[${idOf(item) ?? index}]`));
      else walk(child, `${where}.${key}`);
    }
  };
  for (const item of [...content.playbooks, ...content.protocols, ...content.referralDirectories, ...content.cues]) walk(item, item.id);
}

/** Every entry of every `sources` array in the content. */
function collectCitations(content: Content): Citation[] {
  const citations: Citation[] = [];
  walkContent(content, (value, where) => {
    if (Array.isArray(value.sources)) for (const id of value.sources) citations.push({ id: String(id), where });
  });
  return citations;
}

/** Every quote from a standard: provenance, `also`, `basedOn`. */
function collectQuotes(content: Content): { quote: Quote; where: string }[] {
  const quotes: { quote: Quote; where: string }[] = [];
  walkContent(content, (value, where) => {
    if (typeof value.standard === 'string' && typeof value.quote === 'string' && typeof value.section === 'string') {
      quotes.push({ quote: value as unknown as Quote, where });
    }
  });
  return quotes;
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id : undefined;
}

function uncitedRequirements(content: Content, citations: readonly Citation[]): string[] {
  const cited = new Set(citations.map((citation) => citation.id));
  return content.requirements.map((requirement) => requirement.id).filter((id) => !cited.has(id));
}

/** content/requirements.ts says what content/standards/REQUIREMENTS.md says, line for line. */
function checkRequirementsList(content: Content, report: (message: string) => void): void {
  const listed: { id: string; text: string; source: string; tag: string | null }[] = parseRequirements();
  if (listed.length !== content.requirements.length) {
    report(`REQUIREMENTS.md lists ${listed.length} requirements, requirements.ts ${content.requirements.length}: run node scripts/sync-requirements.mjs`);
  }
  for (const line of listed) {
    const ours = content.requirements.find((requirement) => requirement.id === line.id);
    if (!ours) report(`${line.id} is in REQUIREMENTS.md but not in requirements.ts`);
    else if (ours.text !== line.text || ours.source !== line.source || (ours.tag ?? null) !== line.tag) {
      report(`${line.id} differs from REQUIREMENTS.md: run node scripts/sync-requirements.mjs`);
    }
  }
}

/** One row per requirement: ID, number of citations, and where (grouped by section). */
export function coverageTable(content: Content): { text: string; uncited: string[] } {
  const citations = collectCitations(content);
  const rows = content.requirements.map((requirement) => {
    const mine = citations.filter((citation) => citation.id === requirement.id);
    const places = new Map<string, number>();
    for (const { where } of mine) {
      const section = where.split('.').slice(0, 2).join('.').replace(/\[\d+\]$/, '');
      places.set(section, (places.get(section) ?? 0) + 1);
    }
    const where = [...places].map(([place, count]) => (count > 1 ? `${place} ×${count}` : place)).join(', ');
    return `${requirement.id.padEnd(6)} ${String(mine.length).padStart(5)}  ${where || '-'}`;
  });
  const uncited = uncitedRequirements(content, citations);
  const summary = `${content.requirements.length} requirements, ${citations.length} citations`;
  const text = ['Requirement coverage', 'ID     Cited  Where', ...rows, summary].join('\n');
  return { text, uncited };
}

/** Every text the guide can show (the requirement list's line references are not numbers to check). */
function allStrings(content: Content): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk([content.playbooks, content.protocols, content.referralDirectories, content.cues]);
  return strings;
}

/** The runs in `text` that might be phone numbers, with at least `minDigits` digits. */
function numberRuns(text: string, minDigits: number): string[] {
  return [...text.matchAll(NUMBER_RUN)]
    .map((match) => match[0].trim())
    .filter((run) => phoneDigits(run).length >= minDigits);
}

/** Every built-in number appears, digit for digit, in the line of the standard it is taken from. */
function checkReferralNumbers(content: Content, report: (message: string) => void): void {
  for (const directory of content.referralDirectories) {
    for (const entry of directory.entries) {
      const where = `${directory.id}/${entry.id}`;
      if (entry.from.kind !== 'standard') {
        report(`${where}: a built-in referral must come from a standard`);
        continue;
      }
      const quoted = entry.from.quote;
      if (entry.phone && !phoneDigits(quoted).includes(phoneDigits(entry.phone))) {
        report(`${where}: ${entry.phone} is not in its standard's words "${quoted}"`);
      }
      if (entry.url && !quoted.includes(entry.url.replace(/^https:\/\/(?=www\.prevent)/, ''))) {
        report(`${where}: ${entry.url} is not in its standard's words "${quoted}"`);
      }
      if (!entry.phone && !entry.url) report(`${where}: neither a number nor an address`);
    }
  }
}

function checkReferralProvenance(content: Content, report: (message: string) => void): void {
  for (const directory of content.referralDirectories) {
    for (const entry of directory.entries) {
      const where = `${directory.id}/${entry.id}`;
      if (!ISO_DATE.test(entry.copiedOn) || Number.isNaN(Date.parse(entry.copiedOn))) {
        report(`${where}: copiedOn "${entry.copiedOn}" is not a YYYY-MM-DD date`);
      }
      // Only someone in the organisation can say a number was checked with the service.
      if (entry.checked) report(`${where}: a built-in entry cannot say it was checked with the service`);
      if (entry.serves.scope === 'organisation') report(`${where}: a built-in entry cannot be the organisation's own`);
      if (entry.sources.length === 0) report(`${where}: cites no requirement`);
    }
  }
}

function checkReferences(content: Content, report: (message: string) => void, reportLines: (message: string) => void): void {
  for (const playbook of content.playbooks) {
    const steps = new Set<string>();
    for (const [kind, use] of [['abusive-call', playbook.protocols.abusive], ['self-harm', playbook.protocols.selfHarm]] as const) {
      const protocol = use.custom ?? content.protocols.find((candidate) => candidate.id === use.procedure);
      if (!protocol) report(`playbook ${playbook.id}: procedure "${use.procedure}" does not exist`);
      else if (protocol.kind !== kind) report(`playbook ${playbook.id}: "${use.procedure}" is a ${protocol.kind} procedure, not ${kind}`);
      protocol?.steps.forEach((step) => steps.add(step.id));
    }
    for (const stepId of Object.keys(playbook.protocolLines ?? {})) {
      if (!steps.has(stepId)) reportLines(`playbook ${playbook.id}: protocolLines "${stepId}" is not a step of its procedures`);
    }
  }
  for (const protocol of content.protocols) {
    const ends = protocol.steps.filter((step) => step.kind === 'end-call').length;
    if (protocol.kind === 'abusive-call' && ends !== 1) report(`${protocol.id}: an abusive-call procedure ends the call in exactly one step, not ${ends}`);
    if (protocol.steps.filter((step) => step.kind === 'record').length !== 1) report(`${protocol.id}: exactly one step records the incident`);
  }
}

/**
 * Nothing shown to several organisations is labelled for one: a procedure used by more than one
 * playbook, and the call-screen lines, never name an organisation or its own forms.
 */
function checkOrganisationLabels(content: Content, report: (message: string) => void): void {
  const users = (protocol: Protocol) =>
    content.playbooks.filter((book) => book.protocols.abusive.procedure === protocol.id || book.protocols.selfHarm.procedure === protocol.id);
  const shown = (protocol: Protocol): string[] => [
    protocol.title,
    ...protocol.steps.flatMap((step) => [step.title, step.action, ...step.say, ...step.checklist.map((item) => item.label), ...step.inputs.map((input) => input.label)]),
    ...[...protocol.standing, ...protocol.do, ...protocol.dont].map((cue) => cue.text),
  ];
  for (const protocol of content.protocols) {
    if (users(protocol).length < 2) continue;
    for (const text of shown(protocol)) {
      const label = ORGANISATION_LABELS.exec(text);
      if (label) report(`${protocol.id} is shown to ${users(protocol).map((b) => b.id).join(', ')} but names "${label[0]}": ${text}`);
    }
  }
  for (const cue of content.cues) {
    const label = ORGANISATION_LABELS.exec(cue.text);
    if (label) report(`cue ${cue.id} is shown to every organisation but names "${label[0]}": ${cue.text}`);
  }
}

/**
 * A procedure whose steps each quote one standard keeps that standard's order: each step's words
 * come later in the standard than the step before's.
 */
export function checkOrderAsWritten(protocol: Protocol): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const step of protocol.steps) {
    const from = step.from;
    if (from.kind !== 'standard') {
      problems.push(`${step.id} does not quote a standard`);
      continue;
    }
    const at = quoteAt(from);
    if (at < 0) problems.push(`${step.id}: its words are not in the standard`);
    else if (at <= last) problems.push(`${step.id} comes before the step above it in the standard`);
    last = Math.max(last, at);
  }
  return problems;
}
