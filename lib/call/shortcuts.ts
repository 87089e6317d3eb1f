/**
 * Keyboard shortcuts inside the panel. Alt plus a letter, matched on the physical key so they work
 * on any keyboard layout and while typing in a field; `?` shows them when not typing.
 * Avoided: Alt+D, Alt+E and Alt+F, which the browser itself uses.
 */
export type ShortcutAction =
  | 'hold'
  | 'agree-hold'
  | 'checked-in'
  | 'next'
  | 'spell'
  | 'transfer'
  | 'message'
  | 'stage-greeting'
  | 'stage-caller'
  | 'stage-enquiry'
  | 'stage-close'
  | 'abusive'
  | 'self-harm'
  | 'do-dont'
  | 'help';

export interface Shortcut {
  code: string;
  keys: string;
  action: ShortcutAction;
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { code: 'KeyH', keys: 'Alt+H', action: 'hold', description: 'Place on hold (asks first) / Resume call' },
  { code: 'KeyY', keys: 'Alt+Y', action: 'agree-hold', description: 'Caller agreed to hold' },
  { code: 'KeyK', keys: 'Alt+K', action: 'checked-in', description: 'Checked in with the caller on hold' },
  { code: 'KeyN', keys: 'Alt+N', action: 'next', description: 'Next step' },
  { code: 'KeyS', keys: 'Alt+S', action: 'spell', description: 'Spell in NATO phonetics' },
  { code: 'KeyT', keys: 'Alt+T', action: 'transfer', description: 'Transfer the call' },
  { code: 'KeyM', keys: 'Alt+M', action: 'message', description: 'Take a message / arrange a call-back' },
  { code: 'Digit1', keys: 'Alt+1', action: 'stage-greeting', description: 'Greeting' },
  { code: 'Digit2', keys: 'Alt+2', action: 'stage-caller', description: 'Caller' },
  { code: 'Digit3', keys: 'Alt+3', action: 'stage-enquiry', description: 'Enquiry' },
  { code: 'Digit4', keys: 'Alt+4', action: 'stage-close', description: 'Close' },
  { code: 'KeyA', keys: 'Alt+A', action: 'abusive', description: 'Abusive caller protocol' },
  { code: 'KeyX', keys: 'Alt+X', action: 'self-harm', description: 'Self-harm or suicide protocol' },
  { code: 'KeyO', keys: 'Alt+O', action: 'do-dont', description: 'Self-harm: show or hide Do and don’t' },
];

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The action a key press asks for, or null. `typing` is true when focus is in a text field. */
export function shortcutFor(event: KeyLike, typing: boolean): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) return SHORTCUTS.find((shortcut) => shortcut.code === event.code)?.action ?? null;
  if (event.key === '?' && !typing) return 'help';
  return null;
}
