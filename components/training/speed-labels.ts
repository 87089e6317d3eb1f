/** How each scenario-clock speed is named to the trainer. */
export const SPEED_LABELS: Record<number, string> = {
  1: 'Real time (1x)',
  10: '10x: a 5-minute hold in 30 seconds',
  60: '60x: a 5-minute hold in 5 seconds',
};
