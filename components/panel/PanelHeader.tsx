import { useComputed } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { formatClock } from '../../lib/call/hold';
import { holdBlockedReason } from '../../lib/call/protocol-state';
import { keysOf } from '../../lib/call/shortcuts';
import type { Settings } from '../../lib/settings/settings';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';
import { coachingOpen } from '../reviews/coaching-state';
import { lazyComponent } from '../ui/lazy';

// Shown only during a call: loaded straight after the first paint (preloadPanelViews), with the call's screens.
const holdBar = lazyComponent(() => import('../call/HoldBar').then((m) => m.HoldBar), { quiet: true });
const HoldBar = holdBar.Lazy;
export const preloadHoldBar = holdBar.preload;
// In the menu, closed until it is opened: loaded straight after the first paint too.
const trainingSwitch = lazyComponent(() => import('../training/TrainingSwitch').then((m) => m.TrainingSwitch), { quiet: true });
const TrainingSwitch = trainingSwitch.Lazy;
export const preloadTrainingSwitch = trainingSwitch.preload;

interface Props {
  playbook: Playbook | undefined;
  settings: Settings | null;
  incidentLogUrl: string;
  onHelp(): void;
}

/**
 * The strip that never scrolls away: the two safeguarding buttons, the call clock, and hold with
 * its due prompt and action. Who and where, the views and the training switch are in the menu, so
 * the strip stays small at 320 px and at 200% zoom.
 */
export function PanelHeader({ playbook, settings, incidentLogUrl, onHelp }: Props) {
  const state = useAppState();
  const { model, openProtocol } = useCall();
  const strip = useRef<HTMLElement>(null);
  const configured = Boolean(settings && playbook);
  const call = model.call.value;
  // A signal into the text: the clock moves in place, the strip around it is not rendered again.
  const clock = useComputed(() => {
    const started = model.call.value?.startedAt;
    return started === undefined ? '' : formatClock(state.now.value - started);
  });
  useStripHeight(strip);

  return (
    <header class="panel-strip" ref={strip}>
      <h1 class="visually-hidden">{playbook ? `Call guide: ${playbook.organisation.name}` : 'Call guide'}</h1>
      <div class="strip-row">
        {configured && (
          <div class="safeguarding" role="group" aria-label="Safeguarding">
            <button type="button" class="safeguard abusive" aria-keyshortcuts={keysOf('abusive')} onClick={() => openProtocol('abusive-call')}>
              Abusive caller
            </button>
            <button type="button" class="safeguard self-harm" aria-keyshortcuts={keysOf('self-harm')} onClick={() => openProtocol('self-harm')}>
              Self-harm
            </button>
          </div>
        )}
        {!configured && <p class="strip-title">Call guide</p>}
        <PanelMenu playbook={playbook} settings={settings} incidentLogUrl={incidentLogUrl} onHelp={onHelp} />
      </div>
      {call && model.active.value && playbook && settings && (
        <div class="strip-call">
          <p class="call-status">
            {call.kind === 'transferred' ? 'Transferred call' : 'Call'} <span class="call-clock">{clock}</span>
          </p>
          <HoldNow call={call} playbook={playbook} soundCues={settings.soundCues} />
          <SaveStatus />
        </div>
      )}
    </header>
  );
}

/** Hold at the panel's clock: it renders again each second only while the caller is on hold. */
function HoldNow({ call, playbook, soundCues }: { call: CallData; playbook: Playbook; soundCues: boolean }) {
  const state = useAppState();
  const now = call.hold ? state.now.value : state.now.peek();
  return <HoldBar call={call} policy={state.hold.value ?? playbook.hold} now={now} blockedReason={holdBlockedReason(call)} soundCues={soundCues} />;
}

/** Keeps `--strip-height` current, so what focus brings into view is never under the strip. */
function useStripHeight(strip: { current: HTMLElement | null }) {
  useLayoutEffect(() => {
    const element = strip.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--strip-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
}

/** Organisation, agent, the views, the incident log, shortcuts and training: one button away. */
function PanelMenu({ playbook, settings, incidentLogUrl, onHelp }: Props) {
  const state = useAppState();
  const { model } = useCall();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const configured = Boolean(settings && playbook);
  const protocolOpen = Boolean(model.call.value?.protocol?.open);
  const view = state.view.value;
  const current = (name: string) => (!protocolOpen && view === name ? 'page' : undefined);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('button, a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const go = (name: 'guide' | 'spell' | 'settings') => {
    state.view.value = name;
    setOpen(false);
  };

  return (
    <div class="panel-menu-wrap">
      <button
        type="button"
        ref={toggle}
        class="menu-button"
        aria-expanded={open}
        aria-controls="panel-menu"
        onClick={() => setOpen((shown) => !shown)}
      >
        Menu
      </button>
      <div id="panel-menu" class="panel-menu" ref={menu} hidden={!open}>
        {playbook && (
          <p class="menu-who">
            <strong>{playbook.organisation.name}</strong>
            {settings && (
              <>
                <br />
                {settings.agentName} · {settings.team || playbook.teams[0] || playbook.organisation.greetingName}
              </>
            )}
          </p>
        )}
        {configured && (
          <nav aria-label="Guide" class="panel-nav">
            <button type="button" aria-current={current('guide')} onClick={() => go('guide')}>
              {model.active.value ? 'Call' : 'Greeting'}
            </button>
            <button type="button" aria-current={current('spell')} aria-keyshortcuts={keysOf('spell')} onClick={() => go('spell')}>
              Spell
            </button>
            <button type="button" aria-current={current('settings')} onClick={() => go('settings')}>
              Settings
            </button>
            <a href={incidentLogUrl} target="_blank" rel="noopener">
              Incident log
            </a>
            <button
              type="button"
              aria-keyshortcuts={keysOf('help')}
              onClick={() => {
                setOpen(false);
                onHelp();
              }}
            >
              Keyboard shortcuts
            </button>
            <button
              type="button"
              aria-pressed={coachingOpen.value}
              onClick={() => {
                coachingOpen.value = !coachingOpen.value;
                setOpen(false);
              }}
            >
              Coaching
            </button>
          </nav>
        )}
        <TrainingSwitch />
      </div>
    </div>
  );
}

/** Says when the live call is not yet safely stored, and why. */
function SaveStatus() {
  const { model, saveState, saveError } = useCall();
  if (!model.active.value) return null;
  if (saveState.value === 'error') {
    return (
      <p class="notice save-error" role="alert">
        {saveError.value}
      </p>
    );
  }
  return (
    // Not a live region: it flips between Saving… and Saved at every keystroke, which a screen
    // reader would read over the caller. A failure is an alert.
    <p class="save-status">
      {saveState.value === 'pending' ? (
        'Saving…'
      ) : (
        <>
          Saved<span class="wide-only"> on this computer</span>
        </>
      )}
    </p>
  );
}
