/**
 * The incident log page's state as a model: the filter, the order, where each page starts, and
 * the name the team leader last signed with. Changing the filter or order goes back to page one.
 */
import { signal } from '@preact/signals-core';
import { NO_FILTER, type IncidentFilter, type PageKey, type SortOrder } from './filter';

export const PAGE_SIZE = 50;

/** The list's order: by date, or most serious first (lib/incidents/triage.ts). */
export type ListOrder = SortOrder | 'serious';

/** Where the team leader's name is kept for the tab's session: not secret, and gone when the tab closes. */
const REVIEWER_KEY = 'call-guide:reviewer';

/** The name typed in this tab before a reload; storage may be refused, and then it is asked again. */
export function rememberedReviewer(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    return storage?.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberReviewer(storage: Pick<Storage, 'setItem'> | undefined, name: string): void {
  try {
    storage?.setItem(REVIEWER_KEY, name);
  } catch {
    // Storage refused: the name is asked again after a reload, as before.
  }
}

/** `storage` (the tab's sessionStorage) keeps the team leader's name across a reload of the tab. */
export function createLogState(options: { storage?: Pick<Storage, 'getItem' | 'setItem'> } = {}) {
  const filter = signal<IncidentFilter>(NO_FILTER);
  const order = signal<ListOrder>('newest');
  /** The last incident of each page before the one shown; empty on page one. */
  const pageStarts = signal<PageKey[]>([]);
  /** The team leader's name, typed once per visit (the log has no accounts). */
  const reviewer = signal(rememberedReviewer(options.storage));
  if (options.storage) reviewer.subscribe((name) => rememberReviewer(options.storage, name));

  return {
    filter,
    order,
    pageStarts,
    reviewer,
    setFilter(patch: Partial<IncidentFilter>) {
      filter.value = { ...filter.value, ...patch };
      pageStarts.value = [];
    },
    clearFilter() {
      filter.value = NO_FILTER;
      pageStarts.value = [];
    },
    setOrder(value: ListOrder) {
      order.value = value;
      pageStarts.value = [];
    },
    nextPage(last: PageKey) {
      pageStarts.value = [...pageStarts.value, { createdAt: last.createdAt, id: last.id }];
    },
    previousPage() {
      pageStarts.value = pageStarts.value.slice(0, -1);
    },
  };
}

export type LogState = ReturnType<typeof createLogState>;
