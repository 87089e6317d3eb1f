/**
 * The checks behind tests/unit/content.test.ts, as plain functions returning problems, so the
 * test can run them on the real content and on deliberately broken copies.
 */
import * as v from 'valibot';
import {
  CueSchema,
  PlaybookSchema,
  ProtocolSchema,
  ReferralDirectorySchema,
  RequirementSchema,
} from '../../content/schema';
import type { Playbook, Protocol, ReferralDirectory, Requirement } from '../../content/schema';
import { isUkPhoneNumber, phoneDigits } from '../../lib/phone';

export interface Content {
  requirements: Requirement[];
  playbooks: Playbook[];
  protocols: Protocol[];
  referralDirectories: ReferralDirectory[];
  /** In-call cues (content/cues.ts), each with an id. */
  cues: (v.InferOutput<typeof CueSchema> & { id: string })[];
}

export const CHECKS = [
  'schema',
  'duplicate-id',
  'unknown-citation',
  'uncited',
  'phone',
  'referral-number',
  'referral-provenance',
  'reference',
  'protocol-lines',
] as const;
export type Check = (typeof CHECKS)[number];
export interface Problem {
  check: Check;
  message: string;
}

/** Families every one of whose requirements some content must cite (SL, CV and PR are advisory). */
const MUST_CITE = ['GR', 'NA', 'HO', 'TR', 'CL', 'AB', 'SH'];

/** Runs of digits, spaces, brackets and hyphens: anything that might be a phone number. */
const NUMBER_RUN = /[(\d][\d\s()-]*\d/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  for (const text of allStrings(content)) {
    for (const run of numberRuns(text, 6)) {
      if (!ISO_DATE.test(run) && !isUkPhoneNumber(run)) {
        add('phone')(`"${run}" looks like a phone number but is not a well-formed UK one, in: ${text}`);
      }
    }
  }
  checkReferralNumbers(content, add('referral-number'));
  checkReferralProvenance(content, add('referral-provenance'));
  checkReferences(content, add('reference'), add('protocol-lines'));
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
  }
  for (const directory of content.referralDirectories) unique(directory.id, 'referral', ids(directory.entries));
}

interface Citation {
  id: string;
  /** Where the citation sits, e.g. "moray.closing[issues-confirmed]". */
  where: string;
}

/** Every entry of every `sources` array in playbooks, protocols and referral directories. */
function collectCitations(content: Content): Citation[] {
  const citations: Citation[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) citations.push({ id: String(id), where });
      } else if (Array.isArray(child)) {
        child.forEach((item: unknown, index) => walk(item, `${where}.${key}[${idOf(item) ?? index}]`));
      } else {
        walk(child, `${where}.${key}`);
      }
    }
  };
  for (const item of [...content.playbooks, ...content.protocols, ...content.referralDirectories, ...content.cues]) {
    walk(item, item.id);
  }
  return citations;
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id : undefined;
}

function uncitedRequirements(content: Content, citations: readonly Citation[]): string[] {
  const cited = new Set(citations.map((citation) => citation.id));
  return content.requirements
    .map((requirement) => requirement.id)
    .filter((id) => MUST_CITE.includes(id.split('-')[0] ?? '') && !cited.has(id));
}

/** One row per requirement: ID, number of citations, and where (grouped by section). */
export function coverageTable(content: Content): { text: string; uncited: string[] } {
  const citations = collectCitations(content);
  const rows = content.requirements.map((requirement) => {
    const mine = citations.filter((citation) => citation.id === requirement.id);
    const places = new Map<string, number>();
    for (const { where } of mine) {
      // Group by top-level section; list items without an id (cues, templates) count together.
      const section = where.split('.').slice(0, 2).join('.').replace(/\[\d+\]$/, '');
      places.set(section, (places.get(section) ?? 0) + 1);
    }
    const where = [...places].map(([place, count]) => (count > 1 ? `${place} ×${count}` : place)).join(', ');
    return `${requirement.id.padEnd(6)} ${String(mine.length).padStart(5)}  ${where || '-'}`;
  });
  const uncited = uncitedRequirements(content, citations);
  const summary = `${content.requirements.length} requirements, ${citations.length} citations; uncited: ${
    content.requirements.filter((r) => !citations.some((c) => c.id === r.id)).map((r) => r.id).join(' ') || 'none'
  }`;
  const text = ['Requirement coverage', 'ID     Cited  Where', ...rows, summary].join('\n');
  return { text, uncited };
}

function allStrings(content: Content): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(content);
  return strings;
}

/** The runs in `text` that might be phone numbers, with at least `minDigits` digits. */
function numberRuns(text: string, minDigits: number): string[] {
  return [...text.matchAll(NUMBER_RUN)]
    .map((match) => match[0].trim())
    .filter((run) => phoneDigits(run).length >= minDigits);
}

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim();

/**
 * The referral list in SH-4's text: "Name [, detail] number [, detail]" items separated by
 * semicolons; items without a number are web addresses.
 */
function sh4Referrals(content: Content): { numbers: { name: string; number: string }[]; urls: string[] } {
  const text = content.requirements.find((requirement) => requirement.id === 'SH-4')?.text ?? '';
  const list = /\(the Croydon list: (.*)\)\.?$/.exec(text)?.[1] ?? '';
  const numbers: { name: string; number: string }[] = [];
  const urls: string[] = [];
  for (const item of list.split(';')) {
    const number = numberRuns(item, 3).find(isUkPhoneNumber);
    if (number) numbers.push({ name: (item.slice(0, item.indexOf(number)).split(',')[0] ?? '').trim(), number });
    else urls.push(...(item.match(/(?:https?:\/\/)?www\.\S+/g) ?? []));
  }
  return { numbers, urls };
}

function checkReferralNumbers(content: Content, report: (message: string) => void): void {
  const sh4 = sh4Referrals(content);
  if (sh4.numbers.length === 0) report('could not read any referral numbers from the SH-4 text');
  const requirementText = new Map(content.requirements.map((requirement) => [requirement.id, requirement.text]));
  // "Patient Care 24 out-of-hours GP" in SH-4 is the directory's "Patient Care 24".
  const sameService = (a: string, b: string) =>
    normalise(a).startsWith(normalise(b)) || normalise(b).startsWith(normalise(a));

  for (const directory of content.referralDirectories) {
    for (const entry of directory.entries) {
      if (!entry.phone) continue;
      const listed = sh4.numbers.find((service) => sameService(service.name, entry.name));
      if (listed) {
        if (phoneDigits(listed.number) !== phoneDigits(entry.phone)) {
          report(`${directory.id}/${entry.id}: ${entry.name} has ${entry.phone}, but SH-4 gives ${listed.number}`);
        }
        continue;
      }
      const citedNumbers = entry.sources.flatMap((id) => numberRuns(requirementText.get(id) ?? '', 3).map(phoneDigits));
      if (!citedNumbers.includes(phoneDigits(entry.phone))) {
        report(`${directory.id}/${entry.id}: ${entry.phone} is not in SH-4 nor in the requirements it cites`);
      }
    }
  }

  const croydon = content.referralDirectories.find((directory) => directory.id === 'croydon');
  for (const service of sh4.numbers) {
    const entry = croydon?.entries.find((candidate) => sameService(service.name, candidate.name));
    if (!entry) report(`SH-4 lists ${service.name} ${service.number}, but the croydon directory has no entry for it`);
  }
  for (const url of sh4.urls) {
    const bare = url.replace(/^https?:\/\//, '');
    if (!croydon?.entries.some((entry) => entry.url?.includes(bare))) {
      report(`SH-4 lists ${url}, but no croydon directory entry links to it`);
    }
  }
}

function checkReferralProvenance(content: Content, report: (message: string) => void): void {
  for (const directory of content.referralDirectories) {
    for (const entry of directory.entries) {
      const where = `${directory.id}/${entry.id}`;
      if (!ISO_DATE.test(entry.verifiedOn) || Number.isNaN(Date.parse(entry.verifiedOn))) {
        report(`${where}: verifiedOn "${entry.verifiedOn}" is not a YYYY-MM-DD date`);
      }
      if (!entry.source?.document?.trim() || !entry.source?.section?.trim()) {
        report(`${where}: source needs a document and a section`);
      }
      if (entry.sources.length === 0) report(`${where}: cites no requirement`);
    }
  }
}

function checkReferences(
  content: Content,
  report: (message: string) => void,
  reportLines: (message: string) => void,
): void {
  const directories = new Set(content.referralDirectories.map((directory) => directory.id));
  for (const playbook of content.playbooks) {
    if (!directories.has(playbook.referralDirectory)) {
      report(`playbook ${playbook.id}: referralDirectory "${playbook.referralDirectory}" does not exist`);
    }
    const used = [playbook.protocols.abusive, playbook.protocols.selfHarm].map((use) => use.protocol);
    const steps = new Set<string>();
    for (const id of used) {
      const protocol = content.protocols.find((candidate) => candidate.id === id);
      if (!protocol) report(`playbook ${playbook.id}: protocol "${id}" does not exist`);
      protocol?.steps.forEach((step) => steps.add(step.id));
    }
    for (const stepId of Object.keys(playbook.protocolLines ?? {})) {
      if (!steps.has(stepId)) {
        reportLines(`playbook ${playbook.id}: protocolLines "${stepId}" is not a step of ${used.join(' or ')}`);
      }
    }
  }
}

/** The six-point plan: six steps citing SH-1..SH-6 first, in order; the review alone is after the call. */
export function checkSelfHarmOrder(protocol: Protocol): string[] {
  const problems: string[] = [];
  if (protocol.steps.length !== 6) problems.push(`self-harm has ${protocol.steps.length} steps, not 6`);
  protocol.steps.forEach((step, index) => {
    const expected = `SH-${index + 1}`;
    if (step.sources[0] !== expected) problems.push(`step ${index + 1} (${step.id}) should cite ${expected} first`);
    const phase = index < 5 ? 'call' : 'after';
    if (step.phase !== phase) problems.push(`step ${index + 1} (${step.id}) should be a '${phase}' step`);
  });
  return problems;
}

/** Communities 6.7: AB-1..AB-6 with the caller on the line, then AB-7..AB-10 and AB-15 afterwards. */
export function checkAbusiveOrder(protocol: Protocol): string[] {
  const problems: string[] = [];
  const phases = protocol.steps.map((step) => step.phase);
  if (phases.lastIndexOf('call') > phases.indexOf('after') && phases.includes('after')) {
    problems.push('every call step must come before the after-call steps');
  }
  const expect = (phase: 'call' | 'after', ids: string[]) => {
    const cited = protocol.steps.filter((step) => step.phase === phase).map((step) => step.sources[0]);
    ids.forEach((id, index) => {
      if (cited[index] !== id) problems.push(`${phase} step ${index + 1} should cite ${id} first, not ${cited[index]}`);
    });
    if (cited.length !== ids.length) problems.push(`${cited.length} ${phase} steps, expected ${ids.length}`);
  };
  expect('call', ['AB-1', 'AB-2', 'AB-3', 'AB-4', 'AB-5', 'AB-6']);
  expect('after', ['AB-7', 'AB-8', 'AB-9', 'AB-10', 'AB-15']);
  return problems;
}
