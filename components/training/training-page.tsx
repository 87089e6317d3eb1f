import type { VNode } from 'preact';
import type { DatabaseHandle } from '../../lib/db-handle';
import { databaseForMode } from '../../lib/training/mode';
import { pageTrainingMode } from './start-training';
import { TrainingFrame } from './TrainingBanner';

/**
 * Training mode for a full-tab page (the incident log): the database of the current mode (the
 * real one, or the practice one once the stored switch says training), and the page framed with
 * the training banner while it is on.
 */
export function startTrainingPage(): { database: DatabaseHandle; frame(page: VNode): VNode } {
  const mode = pageTrainingMode();
  return {
    database: databaseForMode(mode),
    frame: (page) => <TrainingFrame on={mode.on}>{page}</TrainingFrame>,
  };
}
