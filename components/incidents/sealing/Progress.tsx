export interface ProgressState {
  label: string;
  value: number;
  max: number;
}

/** A labelled progress bar for long sealing work (unlocking, sealing, importing). */
export function ProgressBar({ id, progress }: { id: string; progress: ProgressState | null }) {
  if (!progress) return null;
  return (
    <div class="progress">
      <label for={id}>{progress.label}</label>
      <progress id={id} value={progress.value} max={progress.max} />
    </div>
  );
}

export const n = (count: number) => count.toLocaleString('en-GB');
export const incidentsCount = (count: number) => (count === 1 ? '1 incident' : `${n(count)} incidents`);
