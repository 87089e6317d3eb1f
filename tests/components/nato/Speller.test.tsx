// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Speller } from '../../../components/nato/Speller';

afterEach(cleanup);

const okClipboard = () => ({ writeText: vi.fn(() => Promise.resolve()) });

function typeInto(name: string, value: string) {
  fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } });
}

/** The words of a group, read from its list (each item shows the character, then its word). */
function wordsOf(groupName: string): string[] {
  const list = screen.getByRole('list', { name: groupName });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.lastElementChild?.textContent ?? '');
}

describe('Speller: spelling', () => {
  it('spells what the agent types in groups, with their labels', () => {
    render(<Speller clipboard={okClipboard()} />);
    typeInto('Spell', 'SW1A 1AA');
    expect(screen.getByText('Read as a postcode')).toBeTruthy();
    expect(wordsOf('Outward code SW1A')).toEqual(['Sierra', 'Whiskey', 'One', 'Alfa']);
    expect(wordsOf('Inward code 1AA')).toEqual(['One', 'Alfa', 'Alfa']);
  });

  it('reads an email address as local part, at sign and domain', () => {
    render(<Speller initialText="jo.bloggs-1@example.co.uk" clipboard={okClipboard()} />);
    const field = screen.getByRole('textbox', { name: 'Spell' });
    expect(field).toHaveProperty('value', 'jo.bloggs-1@example.co.uk');
    expect(wordsOf('Local part jo.bloggs-1')).toEqual([
      'Juliett', 'Oscar', 'dot', 'Bravo', 'Lima', 'Oscar', 'Golf', 'Golf', 'Sierra', 'hyphen', 'One',
    ]);
    expect(wordsOf('At sign @')).toEqual(['at']);
    expect(wordsOf('Domain example.co.uk')).toHaveLength(13);
  });

  it('names the circumflex in "Llŷr" and follows the agent’s options', () => {
    render(<Speller initialText="Llŷr" options={{ doubles: true }} clipboard={okClipboard()} />);
    expect(wordsOf('Llŷr')).toEqual(['double Lima', 'Yankee with circumflex (to bach)', 'Romeo']);
  });

  it('uses the everyday spellings when the playbook prefers them', () => {
    render(<Speller initialText="AJ" options={{ spellings: 'everyday' }} clipboard={okClipboard()} />);
    expect(wordsOf('AJ')).toEqual(['Alpha', 'Juliet']);
  });

  it('takes new text sent in from outside', () => {
    const { rerender } = render(<Speller initialText="AB" clipboard={okClipboard()} />);
    rerender(<Speller initialText="CD" clipboard={okClipboard()} />);
    expect(wordsOf('CD')).toEqual(['Charlie', 'Delta']);
  });

  it('asks for text when the field is empty, and offers no read back', () => {
    render(<Speller clipboard={okClipboard()} />);
    expect(screen.getByText(/Type or paste a name/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Read back' })).toHaveProperty('disabled', true);
  });
});

describe('Speller: read back', () => {
  function startReadBack(text: string) {
    render(<Speller initialText={text} clipboard={okClipboard()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read back' }));
    return screen.getByRole('group', { name: 'Read back' });
  }

  it('shows one group at a time and takes focus', () => {
    const region = startReadBack('SW1A 1AA');
    expect(document.activeElement).toBe(region);
    expect(within(region).getByText('Group 1 of 2: Outward code')).toBeTruthy();
    expect(wordsOf('Outward code SW1A')).toEqual(['Sierra', 'Whiskey', 'One', 'Alfa']);
    expect(screen.queryByRole('list', { name: 'Inward code 1AA' })).toBeNull();
  });

  it('steps with ArrowRight, ArrowLeft and Space, and stops at the ends', () => {
    const region = startReadBack('HSG-2024-001234');
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    expect(within(region).getByText('Group 2 of 4')).toBeTruthy();
    fireEvent.keyDown(region, { key: ' ' });
    fireEvent.keyDown(region, { key: ' ' });
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    expect(within(region).getByText('Group 4 of 4')).toBeTruthy();
    expect(wordsOf('234')).toEqual(['Two', 'Three', 'Four']);
    fireEvent.keyDown(region, { key: 'ArrowLeft' });
    expect(within(region).getByText('Group 3 of 4')).toBeTruthy();
    fireEvent.keyDown(region, { key: ' ', shiftKey: true });
    expect(within(region).getByText('Group 2 of 4')).toBeTruthy();
  });

  it('steps with the Next group and Previous group buttons', () => {
    const region = startReadBack('SW1A 1AA');
    const previous = screen.getByRole('button', { name: 'Previous group' });
    const next = screen.getByRole('button', { name: 'Next group' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(within(region).getByText('Group 2 of 2: Inward code')).toBeTruthy();
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(within(region).getByText('Group 2 of 2: Inward code')).toBeTruthy();
    fireEvent.click(previous);
    expect(within(region).getByText('Group 1 of 2: Outward code')).toBeTruthy();
  });

  it('leaves Space on a button to the button itself', () => {
    const region = startReadBack('SW1A 1AA');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Previous group' }), { key: ' ' });
    expect(within(region).getByText('Group 1 of 2: Outward code')).toBeTruthy();
  });

  it('leaves with Escape and gives focus back to the Read back button', () => {
    const region = startReadBack('SW1A 1AA');
    fireEvent.keyDown(region, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Read back' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Read back' }));
    expect(screen.getByRole('list', { name: 'Inward code 1AA' })).toBeTruthy();
  });

  it('leaves with the Leave read back button', () => {
    startReadBack('SW1A 1AA');
    fireEvent.click(screen.getByRole('button', { name: 'Leave read back' }));
    expect(screen.queryByRole('group', { name: 'Read back' })).toBeNull();
  });
});

describe('Speller: decode', () => {
  function decodedText(): string {
    return screen.getByRole('region', { name: 'Decoded text' }).textContent ?? '';
  }

  it('decodes "c for charlie, a as in apple, t for tango" to CAT', () => {
    render(<Speller clipboard={okClipboard()} />);
    typeInto('Decode', 'c for charlie, a as in apple, t for tango');
    expect(decodedText()).toBe('CAT');
    expect(screen.queryByRole('region', { name: 'Check with the caller' })).toBeNull();
  });

  it('decodes "Charlie Alfa Tango" to CAT', () => {
    render(<Speller clipboard={okClipboard()} />);
    typeInto('Decode', 'Charlie Alfa Tango');
    expect(decodedText()).toBe('CAT');
  });

  it('marks and explains what it is unsure of', () => {
    render(<Speller clipboard={okClipboard()} />);
    typeInto('Decode', 'bravo bloggs, oh');
    const decoded = screen.getByRole('region', { name: 'Decoded text' });
    expect(within(decoded).getAllByText('(unsure)')).toHaveLength(2);
    const unsure = screen.getByRole('region', { name: 'Check with the caller' });
    const items = within(unsure).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      '“bloggs” → BLOGGS: the whole word; if it stood for a letter, that is B',
      '“oh” → 0: zero, or the letter O',
    ]);
  });

  it('says whether the caller’s spelling matches the Spell field', () => {
    render(<Speller initialText="SW1A 1AA" clipboard={okClipboard()} />);
    typeInto('Decode', 'sierra whiskey one alfa, one alfa alfa');
    expect(screen.getByText('Matches the Spell field')).toBeTruthy();
    typeInto('Decode', 'sierra whiskey one alfa, one alfa bravo');
    expect(screen.getByText('Differs from the Spell field at character 7')).toBeTruthy();
  });
});

describe('Speller: copy', () => {
  it('copies the spelling and the decoded text', async () => {
    const clipboard = okClipboard();
    render(<Speller initialText="SW1A 1AA" clipboard={clipboard} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy spelling' }));
    expect(clipboard.writeText).toHaveBeenCalledWith(
      'SW1A (Outward code): Sierra, Whiskey, One, Alfa\n1AA (Inward code): One, Alfa, Alfa',
    );
    expect(await screen.findByText('Copied')).toBeTruthy();

    typeInto('Decode', 'charlie alfa tango');
    fireEvent.click(screen.getByRole('button', { name: 'Copy decoded text' }));
    expect(clipboard.writeText).toHaveBeenLastCalledWith('CAT');
  });

  it('tells the agent how to copy by hand when the clipboard refuses', async () => {
    const clipboard = { writeText: vi.fn(() => Promise.reject(new Error('denied'))) };
    render(<Speller initialText="AB" clipboard={clipboard} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy spelling' }));
    expect(await screen.findByText('Copy failed — select the text and press Ctrl+C')).toBeTruthy();
  });
});

describe('Speller: accessibility', () => {
  it('gives every control an accessible name and keeps it in the tab order', () => {
    render(<Speller initialText="SW1A 1AA" clipboard={okClipboard()} />);
    typeInto('Decode', 'sierra');
    const controls = [...screen.getAllByRole('textbox'), ...screen.getAllByRole('button')];
    expect(controls.map((control) => control.getAttribute('tabindex'))).not.toContain('-1');
    for (const control of screen.getAllByRole('button')) {
      expect(control.textContent?.trim()).not.toBe('');
    }
    expect(screen.getByRole('textbox', { name: 'Spell' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Decode' })).toBeTruthy();
  });
});
