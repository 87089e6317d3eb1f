import { useEffect, useRef } from 'preact/hooks';
import type { SpellingGroup } from '../../lib/nato';
import { WordList } from './WordList';

interface ReadBackProps {
  groups: readonly SpellingGroup[];
  /** The group on screen, already within range. */
  index: number;
  onStep: (index: number) => void;
  onLeave: () => void;
}

/**
 * One group at a time, so the agent reads at the caller's pace (NA-2). Arrow keys and Space step
 * while focus is anywhere inside; the ends are marked aria-disabled rather than disabled, so focus
 * never falls out of the keyboard handler.
 */
export function ReadBack({ groups, index, onStep, onLeave }: ReadBackProps) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);

  const group = groups[index];
  if (!group) return null;
  const first = index === 0;
  const last = index === groups.length - 1;
  const step = (by: number) => onStep(Math.min(groups.length - 1, Math.max(0, index + by)));

  function onKeyDown(event: KeyboardEvent) {
    const onButton = event.target instanceof HTMLElement && event.target.tagName === 'BUTTON';
    if (event.key === 'ArrowRight' || (event.key === ' ' && !onButton && !event.shiftKey)) step(1);
    else if (event.key === 'ArrowLeft' || (event.key === ' ' && !onButton && event.shiftKey)) step(-1);
    else if (event.key === 'Escape') onLeave();
    else return;
    event.preventDefault();
  }

  return (
    <div
      ref={region}
      class="nato-readback"
      role="group"
      aria-label="Read back"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <p class="nato-readback-position" aria-live="polite">
        Group {index + 1} of {groups.length}
        {group.label ? `: ${group.label}` : ''}
      </p>
      <p class="nato-readback-source" aria-hidden="true">
        {group.source.trim()}
      </p>
      <WordList group={group} />
      <div class="nato-actions">
        <button type="button" class="nato-button" aria-disabled={first} onClick={() => step(-1)}>
          Previous group
        </button>
        <button type="button" class="nato-button" aria-disabled={last} onClick={() => step(1)}>
          Next group
        </button>
        <button type="button" class="nato-button" onClick={onLeave}>
          Leave read back
        </button>
      </div>
      <p class="nato-hint">Arrow keys or Space to step through the groups; Escape to leave.</p>
    </div>
  );
}
