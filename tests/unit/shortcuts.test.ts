import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from '../../lib/call/shortcuts';

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
