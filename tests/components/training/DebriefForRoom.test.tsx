// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../content/scenarios';
import { DebriefView } from '../../../components/training/DebriefView';
import { Presenter } from '../../../components/training/Presenter';
import { setInput, startProtocol, completeStep, colleagueAlerted, goToStep, emergencyCalled, chooseRoute } from '../../../lib/protocols/run';
import { lazyDatabase } from '../../../lib/db-handle';
import { LIVE_CALL_DRAFT } from '../../../lib/guide';
import { ATTEMPT_DRAFT } from '../../../lib/training/attempt';
import { buildDebrief } from '../../../lib/training/debrief';
import { anchorClock } from '../../../lib/training/scenario-clock';
import { practice } from '../../unit/training/practice';
import { NOW } from '../../support/now';

/** Communities' abusive call ended after the first warning: one thing done well, several to work on. */
function endedEarly() {
  const p = practice('abusive-terminated');
  const attempt = p
    .start()
    .wait(5)
    .do((c, at) => startProtocol(c, at, p.abusive))
    .wait(10)
    .do((c, at) => completeStep(c, at, p.abusive, 'ab-cannot-help'))
    .wait(10)
    .do((c, at) => completeStep(c, at, p.abusive, 'ab-end-call'))
    .end()
    .attempt();
  return buildDebrief(findScenario('abusive-terminated')!, attempt);
}

describe('the debrief for a room', () => {
  it('says what went well first, then what to work on with the line as it should have been said', () => {
    render(<DebriefView debrief={endedEarly()} organisation="Carmarthenshire Communities" />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.indexOf('What went well')).toBeLessThan(headings.indexOf('What to work on'));
    expect(screen.getByRole('list', { name: 'What went well' })).toHaveTextContent('Say you can’t help if they carry on like this');
    const work = within(screen.getByRole('list', { name: 'What to work on' })).getAllByRole('listitem');
    const suggest = work.find((item) => item.textContent?.startsWith('Missed: Suggest calling back later.'))!;
    // Communities 6.7's own second point, in the guide's words for it.
    expect(suggest).toHaveTextContent('Say: It may be more constructive if you call us back later.');
  });

  it('hides the trainee’s name with one click', async () => {
    render(<DebriefView debrief={endedEarly()} organisation="Carmarthenshire Communities" />);
    expect(screen.getByText(/Morag Innes/)).toBeInTheDocument();
    const hide = screen.getByRole('button', { name: 'Hide the trainee’s name' });
    await act(async () => void fireEvent.click(hide));
    expect(hide).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByText(/Morag Innes/)).not.toBeInTheDocument();
  });

  it('the presenter shows the protocol step the trainee is on, and keeps the location and 999 time through the debrief', async () => {
    const database = lazyDatabase(`room-${Math.random()}`);
    const db = await database();
    const session = signal({ scenarioId: 'self-harm-emergency', clock: anchorClock(NOW, 1), showCallerLines: true });
    const p = practice('self-harm-emergency', { playbookId: 'carmarthenshire-communities' });
    p.start()
      .wait(5)
      .do((c, at) => startProtocol(c, at, p.selfHarm))
      .wait(10)
      .do((c) => goToStep(c, 'sh-support-partner'), colleagueAlerted);
    const save = async () => {
      await db.drafts.bulkPut([
        { id: LIVE_CALL_DRAFT, savedAt: p.now, data: p.call },
        { id: ATTEMPT_DRAFT, savedAt: p.now, data: p.attempt() },
      ]);
    };
    await save();
    render(<Presenter session={session} database={database} now={signal(p.now)} organisation={(id) => id} />);
    const panel = () => screen.getByRole('region', { name: 'The panel now' });
    await waitFor(() => expect(panel()).toHaveTextContent(/Step.*Get a support partner/));

    p.wait(10)
      .do((c) => goToStep(c, 'sh-gather-information'), (c, at) => setInput(c, at, 'location', 'Bus shelter, Elm Road'), (c, at) => chooseRoute(c, at, p.selfHarm, 'emergency'))
      .wait(30)
      .do(emergencyCalled);
    await act(save);
    await waitFor(() => expect(panel()).toHaveTextContent('Bus shelter, Elm Road'));
    expect(panel()).toHaveTextContent(/Step.*Serious risk or immediate danger: dial 999/);
    expect(panel()).toHaveTextContent('999called at 0:55');

    const ended = p.end();
    const keptCall = ended.attempt().call;
    await act(async () => {
      await db.drafts.bulkPut([
        { id: LIVE_CALL_DRAFT, savedAt: p.now, data: keptCall },
        { id: ATTEMPT_DRAFT, savedAt: p.now, data: ended.attempt() },
      ]);
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Debrief:/ })).toBeInTheDocument());
    expect(screen.getByLabelText('Key facts')).toHaveTextContent(/Bus shelter, Elm Road.*called at 0:55/);
  });
});
