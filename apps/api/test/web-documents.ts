import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DefinitionNode, FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';
import { workspaceRoot } from '@chainboard/server-database';

let definitions: Map<string, DefinitionNode> | undefined;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every operation and fragment the web writes with graphql(`…`) in libs/web, by name. */
function webDefinitions(): Map<string, DefinitionNode> {
  if (definitions) return definitions;
  definitions = new Map();
  for (const file of sourceFiles(join(workspaceRoot(), 'libs', 'web'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      for (const definition of parse(match[1]).definitions) {
        if ('name' in definition && definition.name) definitions.set(definition.name.value, definition);
      }
    }
  }
  return definitions;
}

/**
 * The document the web sends for one of its operations (e.g. 'ChainMapPage'): the operation as written in the web's
 * documents, with the fragments it spreads. Tests replay it to measure exactly what a page asks for.
 */
export function webDocument(operationName: string): string {
  const all = webDefinitions();
  const operation = all.get(operationName);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error(`no web operation named ${operationName}`);
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (needed.has(name)) return;
        const fragment = all.get(name);
        if (!fragment || fragment.kind !== Kind.FRAGMENT_DEFINITION) throw new Error(`no web fragment named ${name}`);
        needed.set(name, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((d) => print(d)).join('\n\n');
}
