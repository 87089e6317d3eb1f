import type { ComponentProps } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Protocol } from '../../content/schema';
import { startCall } from '../../lib/call/call';
import { OTHER_WINDOW } from '../../lib/guide';
import { startProtocol } from '../../lib/protocols/run';
import { CallScreen, callScreenPreloads } from '../call/CallScreen';
import { useCall } from '../context/call';
import { lazyComponent } from '../ui/lazy';
import { useTraining } from '../context/training';
import { useAppState } from '../context/app-state';
import { PanelHeader, preloadHoldBar, preloadTrainingSwitch } from './PanelHeader';
// In the first script, not loaded on demand: a safeguarding protocol is on screen the moment it is
// asked for, even as the panel opens (npm run bench measures it). What only its later steps show
// loads straight after the first paint (preloadLaterSteps).
import { ProtocolScreen } from '../protocols/ProtocolScreen';
import { preloadLaterSteps } from '../protocols/later-steps';
import { usePanelShortcuts } from './use-panel-shortcuts';
import { coachingOpen } from '../reviews/coaching-state';
import './panel.css';

// Loaded after the greeting is on screen, so start-up stays small and both are ready when needed.
const speller = lazyComponent(() => import('../nato/Speller').then((m) => m.Speller));
const panelIncidents = lazyComponent(() => import('../incidents/PanelIncidents').then((m) => m.PanelIncidents));
// First run only: the set-up form.
const setupForm = lazyComponent(() => import('../settings/SetupForm').then((m) => m.SetupForm));
// Nothing to show in the first frame: the database opens after it, and help opens on a key.
const databaseProblem = lazyComponent(() => import('../ui/DatabaseProblem').then((m) => m.DatabaseProblem), { quiet: true });
const shortcutsHelp = lazyComponent(() => import('./ShortcutsHelp').then((m) => m.ShortcutsHelp), { quiet: true });
/**
 * Each view's code is asked for in a task of its own: starting a load costs the page a moment, and
 * a key press or click in between is then not held up behind all of them.
 */
export function preloadPanelViews(): Promise<unknown> {
  const preloads: (() => Promise<unknown>)[] = [
    ...callScreenPreloads,
    preloadHoldBar,
    preloadLaterSteps,
    preloadTrainingSwitch,
    speller.preload,
    settingsPage.preload,
    panelIncidents.preload,
    setupForm.preload,
    databaseProblem.preload,
    shortcutsHelp.preload,
  ];
  return Promise.all(preloads.map((preload) => new Promise((resolve) => setTimeout(resolve, 0)).then(preload)));
}
const Speller = speller.Lazy;
const settingsPage = lazyComponent(() => import('../settings/SettingsPage').then((m) => m.SettingsPage));
const SettingsPage = settingsPage.Lazy;
const SetupForm = setupForm.Lazy;
const DatabaseProblem = databaseProblem.Lazy;
const ShortcutsHelp = shortcutsHelp.Lazy;
// Side-by-side coaching (Menu → Coaching): loaded when a team leader opens it.
const Coaching = lazyComponent(() => import('../reviews/Coaching').then((m) => m.Coaching)).Lazy;
// Loaded only in training mode: scenarios, the caller's lines and the debrief.
const TrainingPanel = lazyComponent(() => import('../training/TrainingPanel').then((m) => m.TrainingPanel)).Lazy;

interface Props {
  /** Where the incident log opens; a new tab from the panel. */
  incidentLogUrl: string;
}

/** The side panel: first-run set-up, then the guide; a safeguarding protocol opens over any view. */
export function Panel({ incidentLogUrl }: Props) {
  const state = useAppState();
  const { model, clipboard, db } = useCall();
  const training = useTraining();
  const [helpOpen, setHelpOpen] = useState(false);
  const [showDoDont, setShowDoDont] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const toggleDoDont = useCallback(() => setShowDoDont((shown) => !shown), []);
  usePanelShortcuts({ onHelp: openHelp, onToggleDoDont: toggleDoDont, onRefused: setRefusal });
  useFocusHome();

  if (state.loaded.value === null) return <p class="loading">Loading…</p>;
  const settings = state.settings.value;
  const playbook = state.playbook.value;
  const view = settings && playbook ? state.view.value : 'settings';
  const call = model.call.value;
  const running = call?.protocol?.open ? state.procedureOf(call.protocol) : undefined;
  // Asked for while the call saved before is still being read: shown as it will be, input a moment later.
  const opening = !running && state.opening.value && playbook ? state.org.procedureFor(playbook, state.opening.value) : undefined;
  const preview = useOpeningPreview(opening, state.now.peek());
  const protocol = running ?? opening;
  const protocolCall = running ? call : preview;
  // Another window's panel takes the calls: the call here is for reading only.
  const readOnly = state.readOnlyCall.value;

  return (
    <div class="panel">
      <PanelHeader playbook={playbook} settings={settings} incidentLogUrl={incidentLogUrl} onHelp={openHelp} />
      <DatabaseProblem unsaved={() => model.call.peek() !== null} />
      {readOnly && (
        <p class="notice" role="status">
          {OTHER_WINDOW}
        </p>
      )}
      {refusal && (
        <p class="notice" role="alert">
          {refusal}{' '}
          <button type="button" onClick={() => setRefusal(null)}>
            OK
          </button>
        </p>
      )}
      <main>
        {training?.on.value && settings && playbook && <TrainingPanel />}
        {state.notice.value && (
          <p class="notice" role="alert">
            {state.notice.value}
          </p>
        )}
        {protocolCall && protocol && playbook && settings ? (
          <div class="protocol-frame" inert={!running || readOnly} aria-busy={!running}>
            <ProtocolNow
              call={protocolCall}
              protocol={protocol}
              playbook={playbook}
              referrals={state.referrals.value}
              agentName={settings.agentName}
              showDoDont={showDoDont}
              onToggleDoDont={toggleDoDont}
            />
          </div>
        ) : (
          <>
            {view === 'settings' && (settings ? <SettingsPage /> : <SetupForm playbooks={state.org.registry.value} firstRun />)}
            {view === 'spell' && (
              <section aria-label="Spell with NATO phonetics" class="card">
                {call && (
                  <button type="button" class="back" onClick={() => (state.view.value = 'guide')}>
                    Back to the call
                  </button>
                )}
                <Speller initialText={state.spellText.value} clipboard={clipboard} />
              </section>
            )}
            {view === 'guide' && playbook && (readOnly ? <div inert>{<CallScreen playbook={playbook} />}</div> : <CallScreen playbook={playbook} />)}
            {view === 'guide' && !call && <panelIncidents.Lazy db={db} now={state.now} logUrl={incidentLogUrl} />}
            {view === 'guide' && coachingOpen.value && !readOnly && <Coaching incidentLogUrl={incidentLogUrl} />}
          </>
        )}
      </main>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

/**
 * The protocol at the panel's clock: only this subtree, not the panel around it, renders again as
 * the clock moves on (its record is stamped with the time it is saved).
 */
function ProtocolNow(props: Omit<ComponentProps<typeof ProtocolScreen>, 'now'>) {
  return <ProtocolScreen {...props} now={useAppState().now.value} />;
}

/**
 * No action leaves focus on the page itself: when the control that had focus is gone (a step
 * done, a stage left, a shortcut's screen replaced), focus goes to the heading of what is on
 * screen now: the protocol's current step, else the first heading in the main area.
 */
function useFocusHome() {
  useEffect(() => {
    let frame = 0;
    let inStrip = false;
    const onFocusIn = (event: FocusEvent) => {
      inStrip = Boolean((event.target as Element | null)?.closest?.('.panel-strip'));
    };
    const rescue = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
        const home =
          (inStrip ? document.querySelector<HTMLElement>('.panel-strip .hold-bar button:not([disabled])') : null) ??
          document.querySelector<HTMLElement>('#step-heading') ??
          document.querySelector<HTMLElement>('main h2');
        if (!home) return;
        if (home.tagName !== 'BUTTON') home.tabIndex = -1;
        home.focus({ preventScroll: true });
      });
    };
    // A focused element that leaves the page fires no event: watch the page change instead.
    const observer = new MutationObserver(rescue);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
      cancelAnimationFrame(frame);
    };
  }, []);
}

/** The protocol as it will open, before the call it will run in has been read. */
function useOpeningPreview(procedure: Protocol | undefined, now: number) {
  return useMemo(() => (procedure ? startProtocol(startCall('opening', 'new', now), now, procedure) : null), [procedure]);
}
