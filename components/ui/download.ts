import { isoDate } from '../../lib/time-format';

/** Saves a blob under a file name, through the browser's own download. */
export type Download = (blob: Blob, filename: string) => void;

/**
 * Saves a file the team leader asked for, through the browser's own download (an object URL and
 * an `<a download>` click): it goes to this computer's disk and nowhere else.
 */
export function browserDownload(doc: Document = document): Download {
  return (blob, filename) => {
    const url = URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // Revoked after the click has been handled, or the download can fail.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
}

/** "incidents-2026-11-30.csv": the date in the name, so files from different days do not clash. */
export function datedName(prefix: string, now: number, extension: string): string {
  return `${prefix}-${isoDate(now)}.${extension}`;
}

/** Saves text as a file, through the browser's own download and without any network request. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  browserDownload()(new Blob([text], { type }), filename);
}
