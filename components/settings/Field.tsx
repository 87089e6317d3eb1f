import type { ComponentChildren } from 'preact';

export const SET_BY_ORGANISATION = 'Set by your organisation';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Locked by policy: the control is disabled and says so. */
  locked?: boolean;
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** A labelled form control with its hint, its error and, when locked, why it cannot be changed. */
export function Field({ id, label, hint, error, locked, children }: Props) {
  const describedBy =
    [error ? `${id}-error` : '', hint ? `${id}-hint` : '', locked ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(describedBy)}
      {locked && (
        <span id={`${id}-locked`} class="locked">
          {SET_BY_ORGANISATION}
        </span>
      )}
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="error">
          {error}
        </span>
      )}
    </div>
  );
}
