/**
 * Shorthands for writing provenance in content files: `croydon('Six-point plan, step 2', 'Do not
 * put them on hold')` reads as what it is. Every quote is checked against the standard's text.
 */
import type { Provenance, Quote } from './schema';
import type { StandardId } from './standards';

type FromStandard = (section: string, quote: string, ...also: Quote[]) => Provenance & { kind: 'standard' };
type QuoteOf = (section: string, quote: string) => Quote;

function fromStandard(standard: StandardId): FromStandard {
  return (section, quote, ...also) => ({ kind: 'standard', standard, section, quote, ...(also.length ? { also } : {}) });
}

function quoteOf(standard: StandardId): QuoteOf {
  return (section, quote) => ({ standard, section, quote });
}

export const croydon = fromStandard('croydon');
export const communities = fromStandard('communities');
export const calico = fromStandard('calico');
export const moray = fromStandard('moray');
export const longhurst = fromStandard('longhurst');

/** The same line in another standard, for `also`. */
export const quote = {
  croydon: quoteOf('croydon'),
  communities: quoteOf('communities'),
  calico: quoteOf('calico'),
  moray: quoteOf('moray'),
  longhurst: quoteOf('longhurst'),
};

/** The guide's own, where the standard is silent: why, and the standard it follows if any. */
export function guideDefault(reason: string, basedOn?: Quote): Provenance {
  return basedOn ? { kind: 'guide-default', reason, basedOn } : { kind: 'guide-default', reason };
}
