/** Reads a chosen file as text, saying how far it has got: a backup of the whole log can be large. */
export async function readText(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  if (typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(file.size ? read / file.size : 1);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Lets the page repaint (the progress bar) between chunks of work. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
