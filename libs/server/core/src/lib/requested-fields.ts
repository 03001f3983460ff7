import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a request selects at `path` below the field being resolved (e.g. `['items']` for a page's
 * rows), through fragments and inline fragments; directives are not evaluated (a field under @skip still counts,
 * which only means it is loaded for nothing). A list resolver uses it to load ahead only what its rows will show.
 */
export function requestedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);
  for (const name of path) sets = sets.flatMap((s) => fieldsOf(s, info.fragments)).filter((f) => f.name.value === name).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return new Set(sets.flatMap((s) => fieldsOf(s, info.fragments)).map((f) => f.name.value));
}

function fieldsOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, fragments, seen);
    const name = s.name.value;
    if (seen.has(name) || !fragments[name]) return [];
    seen.add(name);
    return fieldsOf(fragments[name].selectionSet, fragments, seen);
  });
}
