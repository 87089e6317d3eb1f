// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsStore } from '../../../lib/app-state';
import { renderPanel } from '../render-panel';
import { week } from '../../support/now';

// Monday afternoon in the week of the tests' now: Moray is open.
const T0 = week().mon(14);

// Preact calls this hook (options._render, "__r" in the build) just before each component renders.
type RenderHook = { __r?: (vnode: { type: unknown }) => void };
const hooks = options as typeof options & RenderHook;
let rendered: string[] = [];
let before: RenderHook['__r'];
beforeEach(() => {
  before = hooks.__r;
  hooks.__r = (vnode) => {
    if (typeof vnode.type === 'function') rendered.push(vnode.type.name || 'anonymous');
    before?.(vnode);
  };
});
afterEach(() => {
  hooks.__r = before;
});

async function renderCall() {
  const stored = { agentName: 'Morag Innes', playbookId: 'moray', soundCues: false };
  const settings: SettingsStore = { getValue: async () => stored, setValue: async () => {}, watch: () => () => {} };
  return renderPanel(settings, T0);
}

const click = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })));

/** The panel's own components that render again when the clock moves on one second. */
function oneTick(advance: (ms: number) => void): string[] {
  rendered = [];
  advance(1000);
  return rendered.filter((name) => FRAME.includes(name));
}

// The panel's frame, its strip and menu show nothing that changes with the second: a tick leaves them be.
// (Hold renders again only while the caller is on hold, to move its clock and its due prompts.)
const FRAME = ['Panel', 'PanelHeader', 'PanelMenu', 'SaveStatus', 'DatabaseProblem', 'TrainingSwitch', 'HoldNow'];

describe('the one-second clock', () => {
  it('leaves the panel alone before a call', async () => {
    const { advance } = await renderCall();
    expect(oneTick(advance)).toEqual([]);
  });

  it('moves the call clock in place during a call, without re-rendering the panel around it', async () => {
    const { advance } = await renderCall();
    await click('Start call');
    expect(screen.getByText('0:00')).toBeInTheDocument();
    expect(oneTick(advance)).toEqual([]);
    expect(screen.getByText('0:01')).toBeInTheDocument();
  });

  it('moves the hold clock, and only the hold bar, while the caller is on hold', async () => {
    const { advance } = await renderCall();
    await click('Start call');
    await click('Place on hold');
    await click('Caller agreed to hold');
    expect(oneTick(advance)).toEqual(['HoldNow']);
    expect(screen.getByLabelText('On hold for 0:01')).toBeInTheDocument();
  });

  it('leaves the panel alone while a safeguarding protocol is open', async () => {
    const { advance } = await renderCall();
    await click('Start call');
    await click('Self-harm');
    expect(oneTick(advance)).toEqual([]);
    expect(screen.getByText('0:01')).toBeInTheDocument();
  });
});
