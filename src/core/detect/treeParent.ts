/**
 * `MenuItemVo.parentName`, `CategoryPositionRequest.parentName`, `HierarchyState.parentName`: in
 * a tree (categories, menus, departments, routes) the parent is the parent node, whose name is
 * the node's (issue 9 item 4; train labels every tree's `parentName`, `parent_id` none). A
 * parent stays a person in a person's record (`Student.parentName`, `Patient.parent_name`), in a
 * record not known as a thing (`Booking.ParentName`), and where the record shows a person.
 */
import type { OwnerKind } from './analyze.js';

const PARENT: ReadonlySet<string> = new Set(['parent', 'parents']);

/** Owner words that say the record is a node of a tree or its placement in one. */
const TREE_WORDS: ReadonlySet<string> = new Set([
  'node',
  'nodes',
  'tree',
  'trees',
  'hierarchy',
  'hierarchies',
  'level',
  'levels',
  'position',
  'route',
  'routes',
]);

/**
 * Whether a field named for a parent (`parentName`) names a tree's parent node: its record is a
 * thing or a tree's (or it has none), and nothing in it shows a person.
 */
export function treeParent(
  nameWords: readonly string[],
  ownerWords: readonly string[],
  ownerKind: OwnerKind | undefined,
  personShown: boolean,
): boolean {
  if (personShown || ownerKind === 'person' || !nameWords.some((w) => PARENT.has(w))) return false;
  return (
    ownerKind === 'nonperson' ||
    ownerKind === 'meta' ||
    ownerWords.length === 0 ||
    ownerWords.some((w) => TREE_WORDS.has(w))
  );
}
