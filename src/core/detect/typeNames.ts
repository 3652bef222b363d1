/**
 * The names each language, database and ORM gives its scalar types, as the scalar they declare
 * (`declaredType.ts` reads a declared type through them): SQL and language type names by shape,
 * library wrappers of one scalar (`sql.NullString`, `google.protobuf.Timestamp`), platform
 * namespaces and aliases (`System.Int32`, `Guid`), and ORM field classes (`models.BooleanField`,
 * `fields.Char`, `db.String(120)`).
 */
export const BOOLEAN = new Set(['boolean', 'bool', 'bit', 'bit(1)', 'tinyint(1)', 'logical']);
export const INTEGER = new Set([
  'int',
  'integer',
  'bigint',
  'smallint',
  'tinyint',
  'mediumint',
  'long',
  'short',
  'byte',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'serial',
  'bigserial',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'number',
  'bigint unsigned',
  'int unsigned',
  'i32',
  'i64',
  'u32',
  'u64',
  'usize',
  // C# unsigned and signed-byte names.
  'ulong',
  'ushort',
  'sbyte',
  'sfixed32',
  'sfixed64',
]);
export const DECIMAL = new Set([
  'decimal',
  'numeric',
  'float',
  'double',
  'real',
  'float32',
  'float64',
  'money',
  'price',
  'f32',
  'f64',
  'bigdecimal',
  'double precision',
]);
export const DATE = new Set([
  'date',
  'datetime',
  'timestamp',
  'timestamptz',
  'time',
  'localdate',
  'localdatetime',
  'instant',
  'zoneddatetime',
  'offsetdatetime',
  'time.time',
  'datetimeoffset',
  'datetime2',
  'smalldatetime',
  'year',
  'dateonly',
  'timestamp with time zone',
  'timestamp without time zone',
]);
export const STRING = new Set([
  'varchar',
  'char',
  'text',
  'string',
  'str',
  'nvarchar',
  'nchar',
  'varchar2',
  'nvarchar2',
  'character varying',
  'character',
  'tinytext',
  'mediumtext',
  'longtext',
  'clob',
  'citext',
  'uuid',
  'enum',
]);
export const BINARY = new Set([
  'blob',
  'bytea',
  'binary',
  'varbinary',
  'bytes',
  'byte[]',
  'buffer',
  'longblob',
  'mediumblob',
  'image',
  '[]byte',
  'uint8array',
]);

/** The namespaces of the platforms' own scalar types, as C#, Java and Kotlin code writes them. */
export const PLATFORM_NAMESPACE = /^(?:system|java\.(?:lang|util|sql|math|time)|kotlin|kotlinx\.datetime)\./;

/**
 * Library types that hold one scalar, as the scalar they hold: Go's nullable columns
 * (`sql.NullString`, guregu's `null.Time`), GoFrame's `gtime.Time`, shopspring's
 * `decimal.Decimal` and `uuid.UUID`, and protobuf's well-known types (`google.protobuf.Timestamp`,
 * `StringValue` and the other wrappers, also as Go's `timestamppb.Timestamp`). Keys are lower case.
 */
export const SCALAR_WRAPPERS: ReadonlyMap<string, string> = new Map([
  ...(['sql.null', 'null.', 'zero.'] as const).flatMap((p) => [
    [`${p}string`, 'string'] as const,
    [`${p}time`, 'datetime'] as const,
    [`${p}bool`, 'boolean'] as const,
    [`${p}int`, 'int'] as const,
    [`${p}int16`, 'int'] as const,
    [`${p}int32`, 'int'] as const,
    [`${p}int64`, 'int'] as const,
    [`${p}byte`, 'int'] as const,
    [`${p}float`, 'float'] as const,
    [`${p}float64`, 'float'] as const,
  ]),
  ['gtime.time', 'datetime'],
  ['decimal.decimal', 'decimal'],
  ['uuid.uuid', 'uuid'],
  ['google.protobuf.timestamp', 'datetime'],
  ['timestamppb.timestamp', 'datetime'],
  ['google.protobuf.stringvalue', 'string'],
  ['google.protobuf.boolvalue', 'boolean'],
  ['google.protobuf.int32value', 'int'],
  ['google.protobuf.int64value', 'int'],
  ['google.protobuf.uint32value', 'int'],
  ['google.protobuf.uint64value', 'int'],
  ['google.protobuf.floatvalue', 'float'],
  ['google.protobuf.doublevalue', 'float'],
  ['google.protobuf.bytesvalue', 'binary'],
]);

/**
 * C#, Java and Kotlin names of scalars the lists above spell otherwise: `Guid` and `UUID` are
 * text keys, `Single` a float, `Character` a character, `ByteArray` bytes, `LocalTime` and
 * `TimeSpan` times.
 */
export const PLATFORM_ALIAS: ReadonlyMap<string, string> = new Map([
  ['guid', 'uuid'],
  ['single', 'float'],
  ['character', 'char'],
  ['bytearray', 'binary'],
  ['localtime', 'time'],
  ['timespan', 'time'],
]);

/**
 * ORM field classes (`models.BooleanField`, `fields.DateTimeField`, `sa.Boolean`): the module
 * prefix goes, and a `…Field` class reads as the column type it declares.
 */
const ORM_FIELD =
  /^(?:[a-z_][a-z0-9_]*\.)*(?:nullboolean|boolean|positive(?:big|small)?integer|(?:big|small)?integer|decimal|float|datetime|date|time|duration|char|text|email|slug|url|uuid|genericipaddress|ipaddress|binary)field$/;

/** Tryton and Odoo field classes (`fields.Boolean`, `fields.Char`), read as the column type they declare. */
const TRYTON_FIELD: ReadonlyMap<string, string> = new Map([
  ['fields.boolean', 'boolean'],
  ['fields.integer', 'integer'],
  ['fields.biginteger', 'integer'],
  ['fields.float', 'float'],
  ['fields.numeric', 'decimal'],
  ['fields.monetary', 'decimal'],
  ['fields.char', 'varchar'],
  ['fields.text', 'text'],
  ['fields.html', 'text'],
  ['fields.selection', 'varchar'],
  ['fields.date', 'date'],
  ['fields.datetime', 'datetime'],
  ['fields.timestamp', 'datetime'],
  ['fields.time', 'time'],
  ['fields.binary', 'binary'],
]);

/**
 * SQLAlchemy column types as Flask and plain SQLAlchemy models write them (`db.Boolean`,
 * `sa.DateTime`, `db.String(120)`), read as the column type they declare.
 */
const SQLALCHEMY_TYPE = /^(?:db|sa|sqlalchemy)\.([a-z]+)(?:\s*\(.*\))?$/;
const SQLALCHEMY_TYPES: ReadonlyMap<string, string> = new Map([
  ['boolean', 'boolean'],
  ['integer', 'integer'],
  ['biginteger', 'integer'],
  ['smallinteger', 'integer'],
  ['float', 'float'],
  ['numeric', 'decimal'],
  ['string', 'varchar'],
  ['unicode', 'varchar'],
  ['text', 'text'],
  ['unicodetext', 'text'],
  ['enum', 'varchar'],
  ['datetime', 'datetime'],
  ['date', 'date'],
  ['time', 'time'],
  ['largebinary', 'binary'],
]);

export function ormFieldType(t: string): string | undefined {
  const tryton = TRYTON_FIELD.get(t);
  if (tryton !== undefined) return tryton;
  const alchemy = SQLALCHEMY_TYPE.exec(t)?.[1];
  if (alchemy !== undefined) return SQLALCHEMY_TYPES.get(alchemy);
  const m = ORM_FIELD.exec(t);
  if (m === null) return undefined;
  const kind = t.slice(t.lastIndexOf('.') + 1, -'field'.length);
  if (kind.endsWith('boolean')) return 'boolean';
  if (kind.endsWith('integer')) return 'integer';
  if (kind === 'duration') return 'integer';
  if (kind === 'decimal' || kind === 'float' || kind === 'datetime' || kind === 'date' || kind === 'time')
    return kind;
  if (kind === 'binary') return 'binary';
  return 'varchar';
}
