/**
 * Comments and the README stay true to the tree: every repository path they cite exists (as
 * refined-github's tests hold its docs to its code). A path is cited as it is written from the
 * repository's root (`lib/call/call.ts`, `tests/unit/`); in a comment, a bare file name
 * (`live-call-lock.ts`, `STYLE.md`) must be beside the file that cites it or at the root, so a
 * comment cannot point at a file that moved or one outside the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
/** Product code and tooling whose comments are checked (app/ once there is one). */
const COMMENTED = ['app', 'lib', 'components', 'content', 'entrypoints', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
/** A path from the root: a top-level folder of the repository, a slash, then a name or more. */
const ROOTED = /(?<![\w.@/-])(?:app|lib|components|content|entrypoints|scripts|tests|public|\.ci)\/(?:[\w.@-]+\/?)*/g;
/** A file name on its own, of a kind a comment cites: source, documentation or styles. */
const BARE = /(?<![\w.@/-])[\w-]+(?:\.[\w-]+)*\.(?:tsx?|mjs|cjs|md|css)(?![\w/])/g;

function filesUnder(folder: string): string[] {
  const full = join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : SOURCE.test(name) ? [path] : [];
  });
}

/**
 * Every comment in a source file, found by the TypeScript parser (so `//` in a string or a regular
 * expression is not one): the comments before and after each node, and inside an empty `{}`.
 */
function commentsOf(fileName: string, text: string): string[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : undefined;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const seen = new Map<number, string>();
  const collect = (pos: number) => {
    const ranges = [...(ts.getTrailingCommentRanges(text, pos) ?? []), ...(ts.getLeadingCommentRanges(text, pos) ?? [])];
    for (const range of ranges) seen.set(range.pos, text.slice(range.pos, range.end));
  };
  const visit = (node: ts.Node) => {
    collect(node.pos);
    collect(node.end);
    if (ts.isJsxExpression(node) || ts.isBlock(node)) collect(node.getStart(source) + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...seen.keys()].sort((x, y) => x - y).map((pos) => seen.get(pos)!);
}

/** Paths cited in a piece of text, without the full stop or slash that ends a sentence or folder. */
function citedPaths(text: string): { rooted: string[]; bare: string[] } {
  const tidy = (path: string) => path.replace(/\.+$/, '').replace(/\/$/, '');
  return {
    rooted: [...text.matchAll(ROOTED)].map((match) => tidy(match[0])),
    bare: [...text.matchAll(BARE)].map((match) => tidy(match[0])),
  };
}

function missingIn(file: string, text: string, checkBare: boolean): string[] {
  const { rooted, bare } = citedPaths(text);
  const missing = rooted.filter((path) => !existsSync(join(root, path)));
  if (checkBare) {
    const beside = (name: string) => existsSync(join(root, dirname(file), name)) || existsSync(join(root, name));
    missing.push(...bare.filter((name) => !beside(name)));
  }
  return [...new Set(missing)].map((path) => `${file}: ${path}`);
}

describe('paths cited in comments and the README', () => {
  it('finds comments, not strings that look like them', () => {
    const text = "const url = 'https://example.org/lib/x.ts'; // see lib/a.ts\n/** and lib/b.ts */\nconst re = /['\"]/;\n";
    expect(commentsOf('example.ts', text)).toEqual(['// see lib/a.ts', '/** and lib/b.ts */']);
    expect(commentsOf('example.tsx', "const a = <p>Don't {/* lib/c.tsx */}</p>;\nfunction f() {\n  // lib/d.ts\n}\n")).toEqual([
      '/* lib/c.tsx */',
      '// lib/d.ts',
    ]);
  });

  it('reads a path from the root and a bare file name, not a web address or a sentence', () => {
    expect(citedPaths('(lib/call/call.ts), tests/unit/. See STYLE.md or main.tsx; https://x.org/lib/y.ts')).toEqual({
      rooted: ['lib/call/call.ts', 'tests/unit'],
      bare: ['STYLE.md', 'main.tsx'],
    });
  });

  // Parsing every source file takes a second or two, longer on a busy machine.
  it('every path a comment in the product code cites exists', { timeout: 60_000 }, () => {
    const missing = COMMENTED.flatMap(filesUnder).flatMap((file) =>
      missingIn(file, commentsOf(file, readFileSync(join(root, file), 'utf8')).join('\n'), true),
    );
    expect(missing).toEqual([]);
  });

  it('every repository path the README cites exists', () => {
    expect(missingIn('README.md', readFileSync(join(root, 'README.md'), 'utf8'), false)).toEqual([]);
  });

  it('checks the files it should', () => {
    const files = COMMENTED.flatMap(filesUnder);
    expect(files).toContain('lib/call/call.ts');
    expect(files.length).toBeGreaterThan(200);
  });
});
