// The layering of the code, as rules that `npm test` (and `npm run depcruise`) checks, with no
// exceptions. Each layer may import only the layers to its right:
//
//   entrypoints -> app -> components -> lib -> content
//
// content/ is the bottom: what the guide says, as data. lib/ is the domain logic and knows nothing
// of the UI. components/ render lib and content. app/ (when there is one) wires the browser to the
// pages. entrypoints/ only assemble: nothing imports them. There are no loops, and product code
// never imports tests. Type-only imports count as imports.
/** Product code: what is built into the extension. */
const PRODUCT = '^(app|lib|components|content|entrypoints)/';
/** The UI library, apart from the signals core that lib/ may use. */
const PREACT = '^node_modules/(preact|@preact/(?!signals-core/))';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'content-is-the-bottom',
      comment: 'content/ is data: it imports nothing from lib/, components/, app/ or entrypoints/.',
      severity: 'error',
      from: { path: '^content/' },
      to: { path: '^(lib|components|app|entrypoints)/' },
    },
    {
      name: 'lib-knows-no-ui',
      comment: 'lib/ is domain logic: it never imports components/, app/ or entrypoints/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|app|entrypoints)/' },
    },
    {
      name: 'no-preact-below-components',
      comment: 'lib/ and content/ know nothing of the UI: no preact, no @preact/signals (lib/ uses @preact/signals-core).',
      severity: 'error',
      from: { path: '^(lib|content)/' },
      to: { path: PREACT },
    },
    {
      name: 'components-not-shell',
      comment: 'components/ render; they never import the app shell (app/) or an entrypoint.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^(app|entrypoints)/' },
    },
    {
      name: 'app-only-from-entrypoints',
      comment: 'The app shell (app/) wires the pages together; only entrypoints (and tests) import it.',
      severity: 'error',
      from: { path: '^(lib|components|content|scripts)/' },
      to: { path: '^app/' },
    },
    {
      name: 'app-not-entrypoints',
      comment: 'The app shell may import components/, lib/ and content/, never an entrypoint.',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'entrypoints-only-assemble',
      comment: 'An entrypoint is a thin shell: nothing else imports it, not even another entrypoint.',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'entrypoints-are-separate',
      comment: 'An entrypoint imports nothing from another entrypoint; what they share lives in app/, components/ or lib/.',
      severity: 'error',
      from: { path: '^entrypoints/([^/]+)' },
      to: { path: '^entrypoints/', pathNot: '^entrypoints/$1(/|$)' },
    },
    {
      name: 'no-circular',
      comment: 'No loops: a module never imports itself back through others.',
      severity: 'error',
      from: { path: PRODUCT },
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-product',
      comment: 'Product code never imports tests, test helpers or test tools.',
      severity: 'error',
      from: { path: PRODUCT },
      to: {
        path: [
          '^tests/',
          '\\.(test|spec)\\.[cm]?[jt]sx?$',
          '^node_modules/(vitest|@vitest|@testing-library|@playwright|playwright|fake-indexeddb|fast-check|happy-dom)/',
        ],
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(\\.wxt|\\.output|\\.bench|\\.test-results|\\.profile|test-results|playwright-report|public)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
