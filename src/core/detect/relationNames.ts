/**
 * Fields the workspace declares as relations to many records (issue 9, item 4): a Django
 * `contacts = models.ManyToManyField(Contact)` holds no data of its own (relations ruling, docs/
 * detection-rulings.md), and its declaration is not reported, but its usages elsewhere
 * (`case.contacts.add(contact)`, `lead.contacts.all()`) and a serializer nesting the related
 * records (`contacts = ContactSerializer(many=True)`) were read by their name alone, as a
 * person's contact list. In a workspace scan, a name declared only so is read as the relation.
 */
import type { FieldCandidate } from '../types.js';

/** Declared types of an ORM relation to many records. */
const MANY_RELATIONS = /ManyToManyField|\bManyToMany\b|One2Many|Many2many|Many2Many|OneToMany\b/;

/** Declared types of a nested serializer or schema, which holds the related records. */
const NESTED = /(?:Serializer|Schema)$/;

/** Whether a record's field is declared as a relation to many records (`contacts`). */
export function isManyRelation(c: FieldCandidate): boolean {
  return c.role === 'declaration' && c.declaredType !== undefined && MANY_RELATIONS.test(c.declaredType);
}

/** The names the workspace's records declare as relations to many records. */
export function relationNames(records: Iterable<{ readonly relations?: readonly string[] }>): Set<string> {
  const names = new Set<string>();
  for (const r of records) for (const name of r.relations ?? []) names.add(name);
  return names;
}

/**
 * Whether `c` is a usage of a relation the workspace declares (`case.contacts.add(...)`), or a
 * nested serializer of its records (`contacts = ContactSerializer(many=True)`).
 */
export function usesRelation(c: FieldCandidate, relations: ReadonlySet<string> | undefined): boolean {
  if (relations === undefined || !relations.has(c.name)) return false;
  return c.role === 'usage' || (c.declaredType !== undefined && NESTED.test(c.declaredType));
}
