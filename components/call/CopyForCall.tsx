import { copied } from '../../lib/call/call';
import { CopyButton } from '../ui/CopyButton';
import { useCall } from '../context/call';

/** Copies something composed from the call, and puts the copy on the call's timeline. */
export function CopyForCall({ label, text, event }: { label: string; text: string; event: Parameters<typeof copied>[2] }) {
  const { model, clipboard } = useCall();
  return <CopyButton label={label} text={text} clipboard={clipboard} onCopied={() => model.update((c, at) => copied(c, at, event))} />;
}
