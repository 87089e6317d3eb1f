// What the bench pages share: their progress, on the page and for the runner to read, and percentiles.

export const status = (text: string) => {
  document.getElementById('status')!.textContent = text;
  Object.assign(window, { benchProgress: text });
};

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
