/**
 * The guide's own lines where an organisation's standard says nothing about a moment of the call
 * (an empty list in its playbook's `duties`, or a pack without them). Shown to every such
 * organisation, so they name none and borrow no one's procedure: each is marked as the guide's.
 */
import { guideDefault } from './provenance';
import type { DutyLine } from './schema';

export const dutyDefaults = {
  complaint: {
    id: 'complaint-none',
    text: "The standard sets no complaints procedure: follow your organisation's own.",
    from: guideDefault('The standard gives no complaints route or timescale, so the guide supplies none (CO-7).'),
    sources: ['CO-7'],
  },
  access: {
    id: 'access-none',
    text: 'The standard names no interpreting or other-format service: note the language and ask your team leader what your organisation offers.',
    from: guideDefault('The standard offers no translation or other formats; the guide only records the language (GR-9).'),
    sources: ['GR-9'],
  },
  onBehalf: {
    id: 'on-behalf-none',
    text: "The standard sets no rule for someone calling on another's behalf: follow your organisation's data-protection procedure before you discuss the customer.",
    from: guideDefault('The standard says nothing about third parties; the guide does not discuss one customer with another (PR-2).'),
    sources: ['PR-2'],
  },
  vulnerable: {
    id: 'vulnerable-none',
    text: 'Note what the caller needs: it goes into the summary, the briefing, any message and any incident record.',
    from: guideDefault("The standard says nothing about vulnerable callers: the guide only carries the agent's note through the call."),
    sources: ['VU-2'],
  },
} satisfies Record<string, DutyLine>;
