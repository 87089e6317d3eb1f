/**
 * Messages between the extension's own contexts, declared once and checked on receipt: the
 * sender must be this extension and the payload must match its schema. Anything else is ignored.
 */
import * as v from 'valibot';

export const SpellTextMessageSchema = v.object({
  type: v.literal('spell-text'),
  text: v.pipe(v.string(), v.maxLength(2000)),
});

export const MessageSchema = v.variant('type', [SpellTextMessageSchema]);

export type Message = v.InferOutput<typeof MessageSchema>;

export interface Sender {
  id?: string;
}

/** The message, if it comes from this extension and is well formed; otherwise null. */
export function acceptMessage(raw: unknown, sender: Sender, ownId: string): Message | null {
  if (sender.id !== ownId) return null;
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : null;
}
