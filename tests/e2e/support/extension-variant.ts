import { createHash, generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the built extension with its manifest changed for one test, where the browser gives
 * no other way: a fixed key, so enterprise policy can name the extension's id; or host access to
 * the demo CRM already granted, because Playwright cannot click Chrome's permission prompt.
 */
export async function extensionVariant(
  built: string,
  change: { key?: boolean; grantHosts?: string[] },
): Promise<{ dir: string; id: string | null }> {
  const dir = await mkdtemp(join(tmpdir(), 'call-guide-variant-'));
  await cp(built, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  let id: string | null = null;
  if (change.key) {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    manifest.key = der.toString('base64');
    // Chrome's extension id: the first 128 bits of the key's SHA-256, as letters a to p.
    id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
      .map((hex) => String.fromCharCode('a'.charCodeAt(0) + parseInt(hex, 16)))
      .join('');
  }
  if (change.grantHosts) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...change.grantHosts];
  await writeFile(manifestFile, JSON.stringify(manifest));
  return { dir, id };
}
