/**
 * Where the organisation's CRM is and where on its pages the caller's details are, so "Fill from
 * CRM" can read them (with the agent's confirmation) instead of the agent retyping them.
 */
import * as v from 'valibot';

export const CRM_FIELDS = ['name', 'address', 'phone', 'email', 'reference'] as const;
export type CrmField = (typeof CRM_FIELDS)[number];

/**
 * Second-level names under which anyone may register (`*.gov.uk` is every council): a wildcard
 * over one of these, or over a top-level domain, is not one organisation's CRM.
 */
const SHARED_SECOND_LEVEL = new Set(['gov', 'co', 'org', 'ac', 'nhs', 'police', 'sch', 'ltd', 'plc', 'me', 'net', 'mod', 'com', 'edu', 'nic', 'parliament']);

/** Hosts on this machine: plain http to them never crosses the network (the demo CRM runs there). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

interface CrmPattern {
  scheme: 'http' | 'https';
  /** The host without a leading "*.", lower case. */
  host: string;
  /** "*.host": the host and any name under it. */
  anySubdomain: boolean;
  /** The port the pattern names, or '' for any. */
  port: string;
  /** The path, with * for any run of characters. */
  path: string;
}

const PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[::1\])(?::(\d{1,5}))?(\/.*)$/i;

/** A match pattern taken apart, or null when it is not one with a concrete host. */
export function parseCrmPattern(pattern: string): CrmPattern | null {
  const match = PATTERN.exec(pattern.trim());
  if (!match) return null;
  const [, scheme, star, host, port = '', path] = match;
  return { scheme: scheme!.toLowerCase() as 'http' | 'https', host: host!.toLowerCase(), anySubdomain: Boolean(star), port, path: path! };
}

/**
 * Why a pattern cannot be the CRM's address, or null when it can. It must name one site: a concrete
 * host (a wildcard only below an organisation's own domain, never `https://*\/*` or `*.gov.uk`), and
 * https, unless the organisation's policy allows http (`allowHttp`) or the CRM runs on this machine.
 */
export function crmPatternProblem(pattern: string, allowHttp = false): string | null {
  if (/^https?:\/\/\*(?::\d+)?\//i.test(pattern.trim())) return 'Name your CRM’s own site: * covers every site, other organisations’ too.';
  const parsed = parseCrmPattern(pattern);
  if (!parsed) return 'Enter the CRM address as a pattern, such as https://crm.example.gov.uk/*';
  const labels = parsed.host.split('.');
  if (parsed.anySubdomain && (labels.length < 2 || (labels.length === 2 && SHARED_SECOND_LEVEL.has(labels[0]!)))) {
    return `Name your CRM’s own site: *.${parsed.host} covers other organisations’ sites too.`;
  }
  if (!parsed.anySubdomain && labels.length < 2 && !LOOPBACK.has(parsed.host)) return 'Name the CRM’s full host, such as crm.example.gov.uk.';
  if (parsed.scheme === 'http' && !allowHttp && !LOOPBACK.has(parsed.host)) {
    return 'Use the CRM’s https address: http sends the caller’s details unencrypted (your organisation’s policy can allow http).';
  }
  return null;
}

const fieldsSchema = v.object(
  Object.fromEntries(CRM_FIELDS.map((field) => [field, v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200)), '')])) as Record<
    CrmField,
    v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.TrimAction, v.MaxLengthAction<string, 200, undefined>]>, ''>
  >,
);

const urlPatternSchema = v.pipe(v.string(), v.trim());

/** The CRM connection an agent sets in Settings: https, or http on this machine only. */
export const CrmConnectionSchema = v.pipe(
  v.object({
    /** A match pattern for the CRM's pages, e.g. "https://crm.example.gov.uk/*". */
    urlPattern: urlPatternSchema,
    /** For each detail, a CSS selector or the label shown beside it on the CRM page. */
    fields: fieldsSchema,
  }),
  v.forward(
    v.check(
      (input) => crmPatternProblem(input.urlPattern) === null,
      (issue) => crmPatternProblem((issue.input as { urlPattern: string }).urlPattern) ?? '',
    ),
    ['urlPattern'],
  ),
);

/** The CRM connection in a policy, which may allow plain http (`allowHttp: true`) for an internal CRM. */
export const PolicyCrmSchema = v.pipe(
  v.object({ urlPattern: urlPatternSchema, fields: fieldsSchema, allowHttp: v.optional(v.boolean(), false) }),
  v.forward(
    v.check(
      (input) => crmPatternProblem(input.urlPattern, input.allowHttp) === null,
      (issue) => {
        const input = issue.input as { urlPattern: string; allowHttp: boolean };
        return crmPatternProblem(input.urlPattern, input.allowHttp) ?? '';
      },
    ),
    ['urlPattern'],
  ),
);

export type CrmConnection = v.InferOutput<typeof CrmConnectionSchema> & { allowHttp?: boolean };

/** The origin pattern to ask the browser for: the CRM's scheme, host and port, any path. */
export function originPattern(urlPattern: string): string {
  const match = /^(https?:\/\/[^/]+)\//i.exec(urlPattern.trim());
  return match ? `${match[1]}/*` : urlPattern;
}

/** A match pattern's path (with * for any characters) against a page's path and query. */
function pathMatches(pattern: string, path: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return path === pattern;
  if (!path.startsWith(parts[0]!) || !path.endsWith(parts[parts.length - 1]!)) return false;
  let at = parts[0]!.length;
  const end = path.length - parts[parts.length - 1]!.length;
  for (const middle of parts.slice(1, -1)) {
    const found = path.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return at <= end;
}

/**
 * Whether a page address belongs to the CRM, read with `URL` (so a host can never be matched in a
 * path or query): the same scheme, the host itself or (for "*.host") a name under it, the pattern's
 * port or any when it names none (as the browser's own match patterns do), and the path.
 */
export function matchesCrm(urlPattern: string, url: string): boolean {
  const pattern = parseCrmPattern(urlPattern);
  if (!pattern) return false;
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  if (page.protocol !== `${pattern.scheme}:`) return false;
  const host = page.hostname.toLowerCase();
  const hostMatches = host === pattern.host || (pattern.anySubdomain && host.endsWith(`.${pattern.host}`));
  if (!hostMatches) return false;
  if (pattern.port && page.port !== pattern.port && !(page.port === '' && pattern.port === (pattern.scheme === 'https' ? '443' : '80'))) return false;
  return pathMatches(pattern.path, `${page.pathname}${page.search}`);
}
