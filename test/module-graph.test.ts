// The packages' modules import one another without cycles, type-only imports
// included: a cycle (app.ts ↔ the routes it mounts, say) makes load order
// matter and hides which module is the lower layer. The imports are read with
// TypeScript's own pre-processor; only relative imports inside a package count.
import { readFileSync, globSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';

const PACKAGES = ['contract', 'sdk', 'elements', 'server', 'mock'];

function importGraph(pkg: string): Map<string, string[]> {
  const root = resolve(`packages/${pkg}/src`);
  const files = globSync('**/*.ts', { cwd: root, exclude: (f) => f.endsWith('.test.ts') }).map((f) => resolve(root, f));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((ref) => ref.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one module (or a module importing itself): Tarjan's algorithm. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('module graph', () => {
  for (const pkg of PACKAGES) {
    it(`@yiwang/${pkg}: no import cycle between its modules`, () => {
      const graph = importGraph(pkg);
      assert.ok(graph.size > 0, `no modules found in packages/${pkg}/src`);
      const found = cycles(graph).map((component) => component.map((file) => relative(`packages/${pkg}/src`, file)).join(' ↔ '));
      assert.deepEqual(found, [], `import cycles in @yiwang/${pkg}:\n${found.join('\n')}`);
    });
  }

  it('finds a cycle where there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(cycles(graph), [['a', 'b', 'c']]);
  });
});
