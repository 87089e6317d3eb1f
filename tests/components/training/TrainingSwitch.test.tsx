// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderTraining } from './render-training';

const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));
/** The switch lives in the panel's menu: opened first when it is closed. */
async function trainingSwitch() {
  const menu = screen.getByRole('button', { name: 'Menu' });
  if (menu.getAttribute('aria-expanded') !== 'true') await click(menu);
  return screen.getByRole('switch', { name: 'Training mode' });
}

describe('the Training mode switch', () => {
  it('is off in real mode, with no banner; switching on asks the pages to reload into training', async () => {
    const { training } = await renderTraining({ on: false });
    expect(await trainingSwitch()).toHaveAttribute('aria-checked', 'false');
    expect(screen.queryByText(/practice only/)).not.toBeInTheDocument();
    await click(await trainingSwitch());
    expect(training.enter).toHaveBeenCalledTimes(1);
  });

  it('will not switch a real call in progress into training', async () => {
    const { training } = await renderTraining({ on: false });
    await click(screen.getByRole('button', { name: 'Start call' }));
    await click(await trainingSwitch());
    expect(screen.getByRole('alert')).toHaveTextContent('Finish this call before switching to training mode.');
    expect(training.enter).not.toHaveBeenCalled();
  });

  it('in training: the banner says so, and leaving asks whether to clear the practice data', async () => {
    const { training } = await renderTraining();
    expect(screen.getAllByRole('status').some((status) => /^Training mode: practice only, nothing is kept with real incidents/.test(status.textContent ?? ''))).toBe(true);
    expect(await trainingSwitch()).toHaveAttribute('aria-checked', 'true');

    await click(await trainingSwitch());
    const dialog = screen.getByRole('dialog', { name: 'Leave training mode?' });
    expect(dialog).toHaveTextContent('Clear them now, or keep them');
    expect(screen.getByRole('button', { name: 'Stay in training mode' })).toHaveFocus();
    await act(async () => void fireEvent.keyDown(document, { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await click(await trainingSwitch());
    await click(screen.getByRole('button', { name: 'Keep practice data and leave' }));
    expect(training.leave).toHaveBeenCalledWith(false);
    // The pages reload now; until they do, nothing can be pressed twice.
    expect(screen.getByRole('button', { name: 'Clear practice data and leave' })).toBeDisabled();
  });

  it('clearing the practice data on the way out', async () => {
    const { training } = await renderTraining();
    await click(await trainingSwitch());
    await click(screen.getByRole('button', { name: 'Clear practice data and leave' }));
    expect(training.leave).toHaveBeenCalledWith(true);
  });

  it('says so when the practice data cannot be cleared, and stays', async () => {
    const { training } = await renderTraining();
    training.leave = async () => {
      throw new Error('blocked');
    };
    await click(await trainingSwitch());
    await click(screen.getByRole('button', { name: 'Clear practice data and leave' }));
    expect(screen.getByRole('alert')).toHaveTextContent('could not be cleared');
    expect(screen.getByRole('button', { name: 'Stay in training mode' })).toBeEnabled();
  });
});
