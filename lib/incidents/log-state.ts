/**
 * The incident log page's state as a model: the filter, the order, where each page starts, and
 * the name the team leader last signed with. Changing the filter or order goes back to page one.
 */
import { signal } from '@preact/signals-core';
import { NO_FILTER, type IncidentFilter, type PageKey, type SortOrder } from './filter';

export const PAGE_SIZE = 50;

export function createLogState() {
  const filter = signal<IncidentFilter>(NO_FILTER);
  const order = signal<SortOrder>('newest');
  /** The last incident of each page before the one shown; empty on page one. */
  const pageStarts = signal<PageKey[]>([]);
  /** The team leader's name, typed once per visit (the log has no accounts). */
  const reviewer = signal('');

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
    setOrder(value: SortOrder) {
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
