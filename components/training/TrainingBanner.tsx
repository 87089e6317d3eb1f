import type { ComponentChildren } from 'preact';
import type { ReadonlySignal } from '@preact/signals';
import './training.css';

/** Says, on every page in training mode, that nothing here is real. */
export function TrainingBanner({ on }: { on: ReadonlySignal<boolean> }) {
  if (!on.value) return null;
  return (
    <div class="training-banner" role="status">
      <strong>Training mode:</strong> practice only, nothing is kept with real incidents.
    </div>
  );
}

/** A page with the training banner above it while training mode is on. */
export function TrainingFrame({ on, children }: { on: ReadonlySignal<boolean>; children: ComponentChildren }) {
  return (
    <>
      <TrainingBanner on={on} />
      {children}
    </>
  );
}
