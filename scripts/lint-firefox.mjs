// `web-ext lint` of the Firefox build (.output/firefox-mv3), offline: fails on any error, and on any
// warning not in the list below, each explained in the README (Firefox). Run after `wxt build -b firefox`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const EXPECTED_WARNINGS = new Set([
  // data_collection_permissions is read from Firefox 140 on desktop but 142 on Android; the
  // guide has no Android build (Firefox for Android has no sidebar), so 140 stays the minimum.
  'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
  // Preact's own code for dangerouslySetInnerHTML, in the bundle; the guide never uses it.
  'UNSAFE_VAR_ASSIGNMENT',
]);

const result = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-config-discovery', '--output', 'json', '--no-input'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`web-ext lint did not report: ${result.stderr || result.stdout}`);
  process.exit(1);
}
const unexpected = report.warnings.filter((warning) => !EXPECTED_WARNINGS.has(warning.code));
for (const item of [...report.errors, ...report.warnings]) {
  const known = EXPECTED_WARNINGS.has(item.code) && item._type === 'warning' ? ' (known, see README)' : '';
  console.log(`${item._type} ${item.code}: ${item.message}${item.file ? ` [${item.file}]` : ''}${known}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexpected.length} not explained)`);
process.exit(report.errors.length === 0 && unexpected.length === 0 ? 0 : 1);
