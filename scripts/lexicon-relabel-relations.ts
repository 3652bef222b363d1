/**
 * One-off relabel of the lexicon's train split to the relations ruling of issue 9 (session 9,
 * `docs/detection-rulings.md`, "Relations to a person's record"): a field whose declared type is
 * a person's record (`user User`, `user: Promise<User>`, `customer: Customer`, `SysUser SysUser`)
 * is `none`. It stands for the related row: the key column declared beside it (or made by the
 * ORM) carries the key's label and the row's own fields carry the person's data, so the link on
 * its own is not an online identifier. Keys declared by an ORM key type (Django `ForeignKey`,
 * Tryton `Many2One`, Mongoose `ObjectId`) are key columns and keep the key ruling. GraphQL
 * operations (`Query.getUser: User`) are labelled by their arguments and are left alone.
 *
 * Train only: the held-out splits are never relabelled. Prints every change.
 * Usage: npx tsx scripts/lexicon-relabel-relations.ts [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PATH = join(process.cwd(), 'test', 'fixtures', 'lexicon', 'train.jsonl');

/** The record types people are kept in, as the last word of a type name (`SysUser`, `IEmployee`). */
const PERSON_RECORD =
  /(?:User|Customer|Patient|Employee|Member|Staff|Student|Person|Doctor|Driver|Passenger|Teacher|EmailAccount)$/;

/** The record type a declared type names: `Promise<User>`, `User?`, `User | null`, `*User`. */
function recordType(declared: string): string | undefined {
  let t = declared.trim();
  const promised = /^Promise<\s*(.+?)\s*>$/.exec(t)?.[1];
  if (promised !== undefined) t = promised;
  t = t.replace(/\s*\|\s*(?:null|undefined)$/, '').replace(/^\*+|[?!]+$/g, '');
  return /^[A-Z]\w*$/.test(t) ? t : undefined;
}

interface Row {
  source: string;
  owner: string;
  name: string;
  type?: string;
  category: string;
}

const lines = readFileSync(PATH, 'utf8').split('\n');
const counts = new Map<string, number>();
const out = lines.map((line) => {
  if (line.trim() === '') return line;
  const r = JSON.parse(line) as Row;
  const type = r.type === undefined ? undefined : recordType(r.type);
  if (r.category === 'none' || type === undefined || !PERSON_RECORD.test(type)) return line;
  if (r.owner === 'Query' || r.owner === 'Mutation' || r.owner === 'Subscription') return line;
  console.log(`${r.category} -> none  ${r.source}  ${r.owner}.${r.name}: ${r.type ?? ''}`);
  counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  return line.replace(`"category": "${r.category}"`, '"category": "none"');
});
console.log([...counts].map(([c, n]) => `${c} ${n}`).join(', '));
if (process.argv.includes('--write')) writeFileSync(PATH, out.join('\n'));
