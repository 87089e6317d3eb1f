// Code passed to serviceWorker.evaluate() runs inside the extension, where `chrome` is the real
// extension API; type it with the Chrome-based types WXT already ships.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: typeof Browser;
}
