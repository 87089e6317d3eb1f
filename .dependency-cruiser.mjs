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

// fake-indexeddb is a test tool everywhere but one place: the unlocked sealed log's database, held
// in the tab's memory so opened incidents never reach the disk (lib/sealing/unlocked.ts).
const TEST_TOOLS = '^node_modules/(vitest|@vitest|@testing-library|@playwright|playwright|fast-check|happy-dom)/';
const IN_MEMORY_DB = '^node_modules/fake-indexeddb/';

/**
 * A forbidden dependency, said in a sentence: from modules whose path matches `from` to those
 * matching `to` (a pattern, or dependency-cruiser's own condition).
 */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: typeof from === 'string' ? { path: from } : from,
  to: typeof to === 'string' ? { path: to } : to,
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    forbid('content-is-the-bottom', 'content/ is data: it imports nothing from lib/, components/, app/ or entrypoints/.',
      '^content/', '^(lib|components|app|entrypoints)/'),
    forbid('lib-knows-no-ui', 'lib/ is domain logic: it never imports components/, app/ or entrypoints/.',
      '^lib/', '^(components|app|entrypoints)/'),
    forbid('no-preact-below-components', 'lib/ and content/ know nothing of the UI: no preact, no @preact/signals (lib/ uses @preact/signals-core).',
      '^(lib|content)/', PREACT),
    forbid('components-not-shell', 'components/ render; they never import the app shell (app/) or an entrypoint.',
      '^components/', '^(app|entrypoints)/'),
    forbid('app-only-from-entrypoints', 'The app shell (app/) wires the pages together; only entrypoints (and tests) import it.',
      '^(lib|components|content|scripts)/', '^app/'),
    forbid('app-not-entrypoints', 'The app shell may import components/, lib/ and content/, never an entrypoint.',
      '^app/', '^entrypoints/'),
    forbid('entrypoints-only-assemble', 'An entrypoint is a thin shell: nothing else imports it, not even another entrypoint.',
      { pathNot: '^entrypoints/' }, '^entrypoints/'),
    forbid('entrypoints-are-separate', 'An entrypoint imports nothing from another; what they share lives in app/, components/ or lib/.',
      '^entrypoints/([^/]+)', { path: '^entrypoints/', pathNot: '^entrypoints/$1(/|$)' }),
    forbid('no-circular', 'No loops: a module never imports itself back through others.',
      PRODUCT, { circular: true }),
    forbid('no-test-code-in-product', 'Product code never imports tests, test helpers or test tools.',
      PRODUCT, { path: ['^tests/', '\\.(test|spec)\\.[cm]?[jt]sx?$', TEST_TOOLS] }),
    forbid('in-memory-db-only-for-sealing', 'Only the unlocked sealed log uses an in-memory IndexedDB.',
      { path: PRODUCT, pathNot: '^lib/sealing/unlocked\\.ts$' }, IN_MEMORY_DB),
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
