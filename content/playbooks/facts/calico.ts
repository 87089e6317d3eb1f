/**
 * Calico's contact details and promises as its policy gives them: the rest of its "Standards for …"
 * card, after the facts in its playbook. The card is closed before a call, so these load straight
 * after the first paint (./index.ts, factsOf), not before the greeting. Its duties for moments of a
 * call are in ../duties/calico.ts.
 */
import { calico, quote } from '../../provenance';
import type { Fact } from '../../schema';

const A = 'Appendix 1 A';
const C = 'Appendix 1 C, when you telephone';
const F = 'Appendix 1 F';

export const calicoFacts: Fact[] = [
  {
    id: 'contact',
    text: "Calico's contact details, as its policy gives them",
    items: ['Telephone: 0800 169 2407 or 01282 686300', 'Email: contact@calico.org.uk', 'Online at: www.calico.org.uk/contact'],
    from: calico(F, 'Telephone: 0800 169 2407 or 01282 686300', quote.calico(F, 'Email: contact@calico.org.uk'), quote.calico(F, 'Online at: www.calico.org.uk/contact')),
    sources: ['OR-1'],
  },
  {
    id: 'vision',
    text: 'The Calico Group vision is to “Provide quality services that make a difference to people’s lives”.',
    from: calico('2.0 Aims and Objectives', 'The Calico Group vision is to “Provide quality services that make a difference to people’s lives”.'),
    sources: ['OR-4'],
  },
  {
    id: 'we-will-always',
    text: 'We will always;',
    items: [
      'Listen, be polite, friendly, patient, honest and helpful whenever you deal with us.',
      "Resolve your enquiry fully, but if for any reason we can't do this straightaway we will identify an appropriate colleague or relevant support agency that can help.",
      'Keep you informed on our timescales and the progress of your enquiry.',
      'Provide accessible services for all.',
      'At Centenary Court, we have disabled toilets and hearing loop facilities.',
      'We can provide the information you need in alternative forms e.g. large print, audio format, Braille and arrange telephone translations with the Language Line service. (Please note the written translation service takes up to 7 days).',
      'Deliver our services in a way that does not discriminate against anyone.',
    ],
    from: calico(A, 'A) We will always;'),
    sources: ['OR-4', 'AC-5'],
  },
  {
    id: 'out-of-hours',
    text: 'An out-of-hours emergency repairs service when the offices are closed (the policy gives no number or hours for it)',
    from: calico(C, "Provide an out of hour's emergency repairs service, when our offices are closed."),
    sources: ['SL-7'],
  },
];
