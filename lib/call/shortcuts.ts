/**
 * Keyboard shortcuts inside the panel. Alt plus a letter, matched on the physical key so they work
 * on any keyboard layout and while typing in a field; `?` shows them when not typing.
 * Avoided: Alt+D, Alt+E and Alt+F, which the browser itself uses.
 */
export type ShortcutAction =
  | 'start-call'
  | 'main-action'
  | 'emergency-called'
  | 'end-call'
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
  { code: 'KeyC', keys: 'Alt+C', action: 'start-call', description: 'Start call' },
  { code: 'Enter', keys: 'Alt+Enter', action: 'main-action', description: 'The step’s main action (Said it, Next step, Done…)' },
  { code: 'Digit9', keys: 'Alt+9', action: 'emergency-called', description: 'Self-harm: 999 route, then 999 called' },
  { code: 'KeyQ', keys: 'Alt+Q', action: 'end-call', description: 'End the call (goes to Close first in an ordinary call)' },
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

/** `?`, outside the Alt table: it shows the shortcuts when focus is not in a text field. */
export const HELP_SHORTCUT = { keys: '?', description: 'This list (when not typing)' } as const;

/** The keys of a panel action, as its button's `aria-keyshortcuts` and the help write them. */
export function keysOf(action: ShortcutAction): string {
  return action === 'help' ? HELP_SHORTCUT.keys : SHORTCUTS.find((shortcut) => shortcut.action === action)!.keys;
}

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
  if (event.key === HELP_SHORTCUT.keys && !typing) return 'help';
  return null;
}

/** The browser-wide commands (manifest `commands`): they work from any page, even with the panel closed. */
export const GLOBAL_COMMANDS = {
  'open-guide': { keys: 'Alt+Shift+G', description: 'Open the call guide' },
  'abusive-caller': { keys: 'Alt+Shift+A', description: 'Abusive caller: open the protocol' },
  'self-harm': { keys: 'Alt+Shift+X', description: 'Self-harm or suicide: open the protocol' },
} as const;

export type GlobalCommand = keyof typeof GLOBAL_COMMANDS;

/** The browser-wide commands as rows of a table of keys. */
export const GLOBAL_SHORTCUTS = Object.values(GLOBAL_COMMANDS);

/** The manifest's `commands`, written from the table above (wxt.config.ts). */
export function manifestCommands(): Record<GlobalCommand, { suggested_key: { default: string }; description: string }> {
  const entries = Object.entries(GLOBAL_COMMANDS).map(([name, command]) => [name, { suggested_key: { default: command.keys }, description: command.description }]);
  return Object.fromEntries(entries) as ReturnType<typeof manifestCommands>;
}
