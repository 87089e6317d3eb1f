/**
 * Where the organisation's CRM is and where on its pages the caller's details are, so "Fill from
 * CRM" can read them (with the agent's confirmation) instead of the agent retyping them.
 */
import * as v from 'valibot';

export const CRM_FIELDS = ['name', 'address', 'phone', 'email', 'reference'] as const;
export type CrmField = (typeof CRM_FIELDS)[number];

export const CrmConnectionSchema = v.object({
  /** A match pattern for the CRM's pages, e.g. "https://crm.example.gov.uk/*". */
  urlPattern: v.pipe(
    v.string(),
    v.trim(),
    v.regex(
      /^https?:\/\/(\*|(\*\.)?[a-z0-9.-]+)(:\d+)?\/.*$/i,
      'Enter the CRM address as a pattern, such as https://crm.example.gov.uk/*',
    ),
  ),
  /** For each detail, a CSS selector or the label shown beside it on the CRM page. */
  fields: v.object(
    Object.fromEntries(CRM_FIELDS.map((field) => [field, v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200)), '')])) as Record<
      CrmField,
      v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.TrimAction, v.MaxLengthAction<string, 200, undefined>]>, ''>
    >,
  ),
});

export type CrmConnection = v.InferOutput<typeof CrmConnectionSchema>;

/** The origin pattern to ask the browser for: the CRM's scheme, host and port, any path. */
export function originPattern(urlPattern: string): string {
  const match = /^(https?:\/\/[^/]+)\//i.exec(urlPattern.trim());
  return match ? `${match[1]}/*` : urlPattern;
}

/**
 * Whether a page address belongs to the CRM: the match pattern's scheme, host and path, and any
 * port when the pattern names none (as the browser's own match patterns do).
 */
export function matchesCrm(urlPattern: string, url: string): boolean {
  const [, origin = '', path = ''] = /^([^/]+\/\/[^/]+)(\/.*)?$/.exec(urlPattern.trim()) ?? [];
  const pattern = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const anyPort = /:\d+$/.test(origin) ? '' : '(:\\d+)?';
  return new RegExp(`^${pattern(origin)}${anyPort}${pattern(path || '/*')}$`, 'i').test(url);
}
