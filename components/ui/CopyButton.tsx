import { useEffect, useState } from 'preact/hooks';

/** The part of the Clipboard API the guide uses; tests pass their own. */
export interface ClipboardWriter {
  writeText(text: string): Promise<void>;
}

export const COPY_FAILED = 'Copy failed — select the text and press Ctrl+C';

interface CopyButtonProps {
  label: string;
  text: string;
  clipboard: ClipboardWriter | undefined;
  /** Called once the text is on the clipboard (the call's timeline records it). */
  onCopied?: () => void;
}

/** A button that copies `text`, and says whether it worked (the clipboard may be refused). */
export function CopyButton({ label, text, clipboard, onCopied }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  // A result about earlier text would mislead.
  useEffect(() => setOutcome(null), [text]);

  async function copy() {
    if (!clipboard) {
      setOutcome('failed');
      return;
    }
    try {
      await clipboard.writeText(text);
      setOutcome('copied');
      onCopied?.();
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <span class="copy">
      <button type="button" onClick={() => void copy()} disabled={text === ''}>
        {label}
      </button>
      <span role="status" class="copy-status">
        {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? COPY_FAILED : ''}
      </span>
    </span>
  );
}
