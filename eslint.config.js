// Lint rules that hold the architecture in place: lib/ and content/ know nothing of the UI, the app
// shell (app/) sits on top of components/, and nothing in the product talks to the network. The
// whole layering (and no loops) is checked by dependency-cruiser (.dependency-cruiser.mjs); the
// import rules here repeat some of it in the editor.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noNetwork = {
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: 'Nothing leaves the machine: no network requests in product code.' },
    { name: 'XMLHttpRequest', message: 'Nothing leaves the machine: no network requests in product code.' },
    { name: 'WebSocket', message: 'Nothing leaves the machine: no network requests in product code.' },
    { name: 'EventSource', message: 'Nothing leaves the machine: no network requests in product code.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'navigator', property: 'sendBeacon', message: 'Nothing leaves the machine.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.bench/**', '.test-results/**', '.profile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', navigator: 'readonly',
        performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly',
        clearInterval: 'readonly', process: 'readonly', URL: 'readonly', Blob: 'readonly',
        HTMLElement: 'readonly', HTMLInputElement: 'readonly', HTMLSelectElement: 'readonly', Event: 'readonly',
        KeyboardEvent: 'readonly', structuredClone: 'readonly', indexedDB: 'readonly', Buffer: 'readonly',
        crypto: 'readonly', AudioContext: 'readonly', EventTarget: 'readonly', HTMLButtonElement: 'readonly',
        HTMLTextAreaElement: 'readonly', Node: 'readonly', requestAnimationFrame: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['lib/**', 'components/**', 'app/**', 'entrypoints/**', 'content/**'], rules: noNetwork },
  // Playwright fixtures that use no other fixture must still destructure their first argument.
  { files: ['tests/e2e/**', 'tests/e2e-firefox/**'], rules: { 'no-empty-pattern': 'off' } },
  {
    files: ['lib/**', 'content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', '@preact/signals'], message: 'lib/ and content/ know nothing of the UI; use @preact/signals-core.' },
            { group: ['**/components/**'], message: 'lib/ and content/ must not import components.' },
            { group: ['**/app/**'], message: 'lib/ and content/ must not import the app shell.' },
          ],
        },
      ],
    },
  },
  {
    // The app shell (app/) assembles the pages from components; components never reach back up.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**'], message: 'components/ must not import the app shell (app/).' }] }],
    },
  },
);
