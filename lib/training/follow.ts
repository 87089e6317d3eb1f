/**
 * Links the trainer to the panel's guide: it sees the practised call close, and a caller detail
 * opened in the speller (which the call's own timeline does not record).
 */
import { effect } from '@preact/signals-core';
import type { Guide } from '../guide';
import { spelledField } from './attempt';
import type { Trainer } from './trainer';

export function followGuide(trainer: Trainer, guide: Pick<Guide, 'app' | 'call'>, now: () => number): () => void {
  let previous = guide.call.call.peek();
  const stops = [
    effect(() => {
      const call = guide.call.call.value;
      if (previous && !call) void trainer.callEnded(previous, now());
      previous = call;
    }),
    effect(() => {
      const text = guide.app.spellText.value;
      const call = guide.call.call.peek();
      if (!text || !call) return;
      trainer.record({ at: now(), type: 'spelled', detail: spelledField(call.caller, text) ?? 'other' });
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
