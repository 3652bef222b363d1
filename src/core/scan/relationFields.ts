/**
 * Fields typed as another record of the same schema file (issue 9, branch `det-sql`). In a
 * Prisma schema such a field is a relation, which has no column: the key lives in its scalar
 * `…Id` field and the record's own fields carry its data. A Go struct field or a Protobuf
 * field typed as a struct or message of the file holds that record, whose fields are read on
 * their own. Either way the field's name (`emailAccount: EmailAccount`, `Amount *Amount`) names
 * the record it holds, not a piece of data, so what its name reads is not reported; a field
 * named for the held record's role (`sender: ClientId`) is not either, unless it is money or a
 * place (`KEPT_BY_ROLE`).
 */
import { innermostTypeName } from '../detect/declaredType.js';
import type { FieldCandidate, Finding } from '../types.js';

/** The formats whose record-typed fields are relations or nested records, by file extension. */
const RELATION_FORMATS = /\.(?:prisma|go|proto)$/i;

const CAPITAL = /[A-Z]/;

/** The record a declared type names, without pointer, list, optional marks or package. */
function recordTypeName(declared: string): string {
  const last = innermostTypeName(declared.replaceAll('*', ' '));
  return last.slice(last.lastIndexOf('.') + 1);
}

/**
 * The record of the file a declared field holds (`amount: Money`, `repeated UserEntry`), by
 * name; undefined for a scalar, a record of another file or the field's own record.
 */
export function heldRecordOf(
  c: FieldCandidate,
  records: ReadonlyMap<string, readonly number[]>,
): string | undefined {
  if (c.role !== 'declaration' || c.declaredType === undefined) return undefined;
  // A record type: Go's and Protobuf's built-in types (`string`, `int64`) are lower case.
  if (!CAPITAL.test(c.declaredType)) return undefined;
  const type = recordTypeName(c.declaredType);
  return type === '' || type === c.owner || !records.has(type) ? undefined : type;
}

/**
 * Whether a field is named for the record type it holds (`emailAccount: EmailAccount`,
 * `Attachments []Attachment`). A field named for what the record is to it (`amount: Money`,
 * `shipping_cost: Money`, `CurrentLocation: EventReport`) says more than its type: it is kept.
 */
function namesType(name: string, type: string): boolean {
  const field = name.replaceAll('_', '').toLowerCase();
  const record = type.replaceAll('_', '').toLowerCase();
  return field === record || field === `${record}s` || field === `${record}es`;
}

/**
 * What a field named for its role keeps when it holds a record of the file: a payment's money
 * object (`amount: Money`, `shipping_cost: Money`) is what the person paid, and an address or a
 * location report named for whose or which it is (`homeAddress: Address`, `CurrentLocation:
 * EventReport`) is that place. Any other role (`sender: ClientId`, `recipients: repeated
 * UserEntry`, `rcv_info: ReceiveInfo` // 收件人信息) names whose record it holds, and the held
 * record's own fields carry the data, as a relation's do.
 */
const KEPT_BY_ROLE: ReadonlySet<string> = new Set(['transaction', 'property', 'address', 'whereabouts']);

/**
 * `classified` with the verdicts of record-typed fields dropped, for a file of the formats
 * above; the same array when nothing is dropped. `records` are the file's records by owner.
 */
export function withoutRelationFields(
  candidates: readonly FieldCandidate[],
  records: ReadonlyMap<string, readonly number[]>,
  classified: readonly (Finding | undefined)[],
  path: string | undefined,
): readonly (Finding | undefined)[] {
  if (path === undefined || !RELATION_FORMATS.test(path) || records.size < 2) return classified;
  let out: (Finding | undefined)[] | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as FieldCandidate;
    if (classified[k] === undefined) continue;
    const type = heldRecordOf(c, records);
    if (type === undefined || c.declaredType === undefined) continue;
    if (valueWrapper(records.get(type) ?? [], candidates)) continue;
    // Named for its type only if the type is at least as long as the name without its plural.
    const named = c.declaredType.length >= c.name.length - 2 && namesType(c.name, type);
    if (!named && KEPT_BY_ROLE.has((classified[k] as Finding).category)) continue;
    out ??= [...classified];
    out[k] = undefined;
  }
  return out ?? classified;
}

/** The fields a value wrapper may hold beside its value: its own id and extensions (FHIR's). */
const WRAPPER_FIELDS: ReadonlySet<string> = new Set(['value', 'id', 'extension', 'extensions']);

/**
 * `gender: GenderCode` where `message GenderCode { Value value = 1; String id = 2; repeated
 * Extension extension = 3; }`: a record holding one `value` (FHIR's coded values, a wrapper of
 * an enum) is that value, so the field holding it keeps what its name reads.
 */
function valueWrapper(members: readonly number[], candidates: readonly FieldCandidate[]): boolean {
  let value = false;
  for (const k of members) {
    const name = (candidates[k] as FieldCandidate).name;
    if (!WRAPPER_FIELDS.has(name)) return false;
    value ||= name === 'value';
  }
  return value;
}
