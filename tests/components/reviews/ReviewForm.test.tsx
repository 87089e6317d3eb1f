// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReviewForm } from '../../../components/reviews/ReviewForm';
import { croydonQuality } from '../../../content/reviews/croydon';
import type { ReviewDraft } from '../../../lib/reviews/review';
import { emptyDraft } from '../../../lib/reviews/review';
import { NOW } from '../../support/now';

function renderForm(options: { suggestions?: Parameters<typeof ReviewForm>[0]['suggestions'] } = {}) {
  const onSubmit = vi.fn(async (_draft: ReviewDraft, _by: string) => null);
  let signer = '';
  const view = render(
    <ReviewForm
      framework={croydonQuality}
      provenance={{ standard: 'croydon', origin: 'built-in' }}
      initial={emptyDraft('Priya Shah', NOW)}
      signer={signer}
      onSigner={(name) => (signer = name)}
      now={NOW}
      suggestions={options.suggestions}
      submitLabel="Save review"
      onSubmit={onSubmit}
    />,
  );
  return { onSubmit, view, signer: () => signer };
}

const item = (text: string) => screen.getByRole('group', { name: new RegExp(text.replace(/[()/]/g, '.')) });

describe('the review form', () => {
  it("shows Croydon's fifteen CSA promise statements, each saying where it comes from", () => {
    renderForm();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(15);
    expect(within(groups[3]!).getByText('I will always give my name and I warmly greet our residents')).toBeInTheDocument();
    expect(within(groups[3]!).getByText('Croydon CSA promise')).toBeInTheDocument();
    for (const group of groups) {
      expect(within(group).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Met', 'Partly', 'Not met', 'Not applicable']);
    }
  });

  it('shows the rating as it is filled in: met plus half of partly over the items that apply, against 80%', async () => {
    renderForm();
    const status = screen.getByText(/Rating so far/).closest('p')!;
    expect(status).toHaveTextContent('No item applies yet (target 80%).');
    await act(async () => {
      fireEvent.click(within(item('I will be prepared and ready')).getByRole('radio', { name: 'Met' }));
      fireEvent.click(within(item('I will give residents my attention')).getByRole('radio', { name: 'Partly' }));
      fireEvent.click(within(item('I will avoid making assumptions')).getByRole('radio', { name: 'Not applicable' }));
    });
    expect(status).toHaveTextContent('75%: met 1, partly 1, not met 0 of 2 that apply; below the target of 80%.');
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('says what is missing and moves focus to it, saving nothing', async () => {
    const { onSubmit } = renderForm();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save review' }));
    });
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Mark every item: 15 of 15 not marked yet.')).toBeInTheDocument();
    const signer = screen.getByRole('textbox', { name: 'Your name (signs the review)' });
    expect(signer).toHaveAccessibleDescription('Enter your name: the review is signed with it.');
    expect(document.activeElement).toBe(signer);
  });

  it('offers evidence from the call, which goes into the note only when accepted', async () => {
    renderForm({
      suggestions: [
        { key: 'hold:hold-asked', itemId: 'hold', kind: 'hold-asked', text: 'Asked before the 1 hold.' },
        { key: 'nato:spelled', itemId: 'nato', kind: 'spelled', text: "Confirmed the caller's name." },
      ],
    });
    const hold = item("I will ask for the resident's approval");
    await act(async () => {
      fireEvent.click(within(hold).getByRole('button', { name: 'Accept evidence' }));
      fireEvent.click(within(item('I will use NATO phonetics')).getByRole('button', { name: 'Reject' }));
    });
    expect(within(hold).getByRole('textbox', { name: /Note on item 13/ })).toHaveValue('Asked before the 1 hold.');
    expect(within(hold).getByText('Accepted: added to the note.')).toBeInTheDocument();
    expect(within(item('I will use NATO phonetics')).getByRole('textbox', { name: /Note on item 7/ })).toHaveValue('');
    // Accepting evidence never marks the item.
    expect(within(hold).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
  });

  it('every control is a native, labelled form control in the tab order', () => {
    renderForm();
    const controls = [...document.querySelectorAll('input, textarea, button, select')];
    for (const control of controls) {
      expect(control.getAttribute('tabindex')).toBeNull();
      expect(control).toHaveAccessibleName();
    }
  });

  it('saves when complete, from the keyboard too (Enter in a field submits the form)', async () => {
    const { onSubmit, view } = renderForm();
    await act(async () => {
      for (const group of screen.getAllByRole('group')) fireEvent.click(within(group).getByRole('radio', { name: 'Met' }));
      fireEvent.input(screen.getByRole('textbox', { name: 'Your name (signs the review)' }), { target: { value: 'Tamsin Leader' } });
    });
    view.rerender(
      <ReviewForm
        framework={croydonQuality}
        provenance={{ standard: 'croydon', origin: 'built-in' }}
        initial={emptyDraft('Priya Shah', NOW)}
        signer="Tamsin Leader"
        onSigner={() => {}}
        now={NOW}
        submitLabel="Save review"
        onSubmit={onSubmit}
      />,
    );
    await act(async () => {
      fireEvent.submit(screen.getByRole('textbox', { name: 'Agent' }).closest('form')!);
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [draft, by] = onSubmit.mock.calls[0]!;
    expect(by).toBe('Tamsin Leader');
    expect(Object.values(draft.marks).map((entry) => entry.mark)).toEqual(Array(15).fill('met'));
  });
});
