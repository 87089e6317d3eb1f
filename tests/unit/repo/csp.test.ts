import { describe, expect, it } from 'vitest';
import { extensionPagesCsp } from '../../../wxt.config';

describe('the extension pages’ CSP', () => {
  it('lets nothing leave the machine in every build', () => {
    expect(extensionPagesCsp('build')).toBe(
      "default-src 'self'; script-src 'self'; connect-src 'none'; img-src 'self' data: blob:; object-src 'none'; form-action 'none'; base-uri 'none'",
    );
  });

  it('opens only the dev server’s socket and injected styles under `wxt dev`', () => {
    const dev = extensionPagesCsp('serve');
    expect(dev).toContain("connect-src 'self' ws://localhost:* http://localhost:*");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("form-action 'none'");
    expect(dev).not.toMatch(/https:|unsafe-eval/);
  });
});
