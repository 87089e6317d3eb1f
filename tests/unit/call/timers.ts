/** Injected timers for the draft store: callbacks are collected and run when the test says. */
export function manualTimers() {
  let next = 0;
  const timers = new Map<number, { callback: () => void; ms: number }>();
  return {
    setTimer: (callback: () => void, ms: number): unknown => {
      next += 1;
      timers.set(next, { callback, ms });
      return next;
    },
    clearTimer: (handle: unknown): void => {
      timers.delete(handle as number);
    },
    /** The delays of the timers still waiting. */
    waiting: (): number[] => [...timers.values()].map((timer) => timer.ms),
    /** Runs every timer now waiting, as if their time had come. */
    runAll: (): void => {
      const due = [...timers.values()];
      timers.clear();
      for (const timer of due) timer.callback();
    },
  };
}
