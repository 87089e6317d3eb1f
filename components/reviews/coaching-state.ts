import { signal } from '@preact/signals';

/** Whether side-by-side coaching is open in the panel (Menu → Coaching); nothing of it is stored. */
export const coachingOpen = signal(false);
