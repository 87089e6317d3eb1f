/**
 * The five organisations' customer-care standards, as published: the plain-text copies beside this
 * file are what every quote in the content is checked against (tests/unit/content/content-checks.ts). The
 * extension bundles only these names, never the texts.
 */
export const STANDARD_IDS = ['croydon', 'communities', 'calico', 'moray', 'longhurst'] as const;
export type StandardId = (typeof STANDARD_IDS)[number];

export interface StandardInfo {
  /** The document's own title. */
  title: string;
  /** How the guide names it beside a line: "Communities 6.7". */
  short: string;
  /** The organisation it belongs to, as the guide names it. */
  organisation: string;
  /** The copy in this folder. */
  file: string;
}

export const STANDARDS: Readonly<Record<StandardId, StandardInfo>> = {
  croydon: {
    title: 'Croydon Repairs Contact Centre Standards',
    short: 'Croydon',
    organisation: 'Croydon Council Repairs Contact Centre',
    file: 'croydon-repairs-contact-centre-standards.txt',
  },
  communities: {
    title: 'Carmarthenshire Department for Communities Customer Care Standards',
    short: 'Communities',
    organisation: 'Carmarthenshire County Council, Department for Communities',
    file: 'carmarthenshire-communities-customer-care-standards.txt',
  },
  calico: {
    title: 'The Calico Group Customer Care Policy',
    short: 'Calico',
    organisation: 'The Calico Group',
    file: 'calico-group-customer-care-policy.txt',
  },
  moray: {
    title: 'Moray Housing Partnership Customer Care Policy',
    short: 'Moray',
    organisation: 'Moray Housing Partnership',
    file: 'moray-housing-partnership-customer-care-policy.txt',
  },
  longhurst: {
    title: 'Longhurst & Havelok Homes Service Standards',
    short: 'Longhurst',
    organisation: 'Longhurst & Havelok Homes',
    file: 'longhurst-havelok-homes-service-standards.txt',
  },
};
