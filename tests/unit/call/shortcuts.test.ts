import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_GUIDE_COMMAND } from '../../../lib/background/open-guide';
import { PROTOCOL_COMMANDS } from '../../../lib/background/protocol-commands';
import wxtConfig from '../../../wxt.config';
import { GLOBAL_COMMANDS, GLOBAL_SHORTCUTS, HELP_SHORTCUT, keysOf, manifestCommands, SHORTCUTS, shortcutFor } from '../../../lib/call/shortcuts';

const key = (code: string, key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  code,
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('panel shortcuts', () => {
  it('match Alt plus the physical key, even while typing and whatever the layout prints', () => {
    expect(shortcutFor(key('KeyH', '˙', { altKey: true }), true)).toBe('hold');
    expect(shortcutFor(key('KeyK', 'k', { altKey: true }), false)).toBe('checked-in');
    expect(shortcutFor(key('KeyX', 'x', { altKey: true }), true)).toBe('self-harm');
  });

  it('show the help with ? only when not typing in a field', () => {
    expect(shortcutFor(key('Slash', '?'), false)).toBe('help');
    expect(shortcutFor(key('Slash', '?'), true)).toBeNull();
  });

  it('leave ordinary typing and browser shortcuts alone', () => {
    expect(shortcutFor(key('KeyH', 'h'), true)).toBeNull();
    expect(shortcutFor(key('KeyH', 'h', { altKey: true, ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key('KeyF', 'f', { altKey: true }), false)).toBeNull();
  });

  it('give every action one key, and avoid the keys the browser uses', () => {
    const codes = SHORTCUTS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toEqual(expect.arrayContaining(['KeyD']));
    expect(codes.some((code) => ['KeyD', 'KeyE', 'KeyF'].includes(code))).toBe(false);
  });
});

describe('one table of shortcuts', () => {
  const source = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? source(path) : /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
    });

  it('is what every control announces: each aria-keyshortcuts names keys the table gives an action', () => {
    const known = new Set([...SHORTCUTS.map((shortcut) => shortcut.keys), HELP_SHORTCUT.keys]);
    const written = source('components').flatMap((text) => [...text.matchAll(/aria-keyshortcuts="([^"]+)"/g)].flatMap((match) => match[1]!.split(' ')));
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((keys) => !known.has(keys))).toEqual([]);
    expect(keysOf('self-harm')).toBe('Alt+X');
    expect(keysOf('help')).toBe('?');
  });

  it('gives the manifest its browser-wide commands, each one the background script listens for', async () => {
    const config = wxtConfig as unknown as { manifest: (env: { browser: string; command: string }) => { commands: unknown } };
    for (const browser of ['chrome', 'firefox']) {
      expect(config.manifest({ browser, command: 'build' }).commands).toEqual(manifestCommands());
    }
    expect(Object.values(manifestCommands()).map((command) => command.suggested_key.default)).toEqual(GLOBAL_SHORTCUTS.map((shortcut) => shortcut.keys));
    expect(Object.keys(GLOBAL_COMMANDS).sort()).toEqual([OPEN_GUIDE_COMMAND, ...Object.keys(PROTOCOL_COMMANDS)].sort());
  });
});
