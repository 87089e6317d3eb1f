import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';
import { DebriefView } from './DebriefView';
import { practiseContext } from './practise-context';
import { ScenarioCard } from './ScenarioCard';
import { ScenarioPicker } from './ScenarioPicker';
import { useTraining } from '../context/training';
import './training.css';

/**
 * The trainer's part of the panel in training mode: pick a scenario before a call, the caller's
 * line during it (also beside the speller), and the debrief once the call has ended.
 */
export function TrainingPanel() {
  const training = useTraining();
  const app = useAppState();
  const { model } = useCall();
  const trainer = training?.trainer.value;
  if (!training?.on.value || !trainer) return null;
  const view = app.view.value;
  const debrief = trainer.debrief.value;

  if (debrief) {
    if (view !== 'guide' || model.active.value) return null;
    const organisation = app.org.findPlaybook(debrief.playbookId)?.organisation.name ?? debrief.playbookId;
    const context = practiseContext(app);
    return (
      <DebriefView
        debrief={debrief}
        organisation={organisation}
        onAgain={context ? () => void trainer.again(context) : undefined}
        onDone={() => void trainer.stop()}
      />
    );
  }
  if (trainer.running.value) return view === 'settings' ? null : <ScenarioCard trainer={trainer} />;
  if (view === 'guide' && !model.active.value) return <ScenarioPicker trainer={trainer} presenterUrl={training.presenterUrl} />;
  return null;
}
