/**
 * What the Python readers look for in a field definition, shared by the Lezer-based extractor
 * (python.ts, the reference) and the token reader (pyReader.ts) so the two cannot drift apart.
 */

/** Nested option classes of Django and Pydantic hold settings, not fields. */
export const SETTINGS_CLASSES: ReadonlySet<string> = new Set(['Meta', 'Config']);

/**
 * Whether a class holds settings rather than fields: `Meta`/`Config` anywhere, and inside another
 * class any name ending in `Meta` (django-mptt's `MPTTMeta`, other packages' option classes). A
 * top-level `UserMeta` is a model like any other.
 */
export function isSettingsClass(name: string, nested: boolean): boolean {
  return SETTINGS_CLASSES.has(name) || (nested && name.endsWith('Meta'));
}
/**
 * Options that name what a model is (Django's `class Meta: verbose_name = '会员'`, the table's
 * `db_table_comment`), in the order they are preferred: the owner's description, as a table's
 * `COMMENT` is.
 */
export const OWNER_LABELS: ReadonlyMap<string, number> = new Map([
  ['verbose_name', 0],
  ['db_table_comment', 1],
]);

/** Keyword arguments that describe a field. */
export const DESCRIPTION_KEYWORDS: ReadonlySet<string> = new Set([
  'verbose_name',
  'help_text',
  'comment',
  'description',
  'title',
  'doc',
  'label',
]);
/** Keyword arguments that give the stored column or serialised name. */
export const ALIAS_KEYWORDS: ReadonlySet<string> = new Set([
  'db_column',
  'name',
  'alias',
  'serialization_alias',
]);
/** Django relation fields take the target model, not a verbose name, as first argument. */
export const RELATION_FIELDS = /(ForeignKey|OneToOneField|ManyToManyField)$/;
/** SQLAlchemy column constructors: a first string argument is the column name. */
export const COLUMN_CALLS: ReadonlySet<string> = new Set([
  'Column',
  'mapped_column',
  'sa.Column',
  'db.Column',
  'sqlalchemy.Column',
]);
/** Receivers whose attributes are the ORM's API, not fields (`models.CharField`). */
export const API_OWNERS: ReadonlySet<string> = new Set(['models', 'db', 'sa']);

/** Dunder names and constants are not fields. */
export function isFieldName(name: string): boolean {
  return !/^__.*__$/.test(name) && !/^[A-Z][A-Z0-9_]*$/.test(name);
}

/**
 * Tryton and Odoo field classes (`fields.Char('Age', help=…)`, `fields.Many2One('party.party',
 * 'Patient')`): the label (their `string`) is a positional argument whose place depends on the
 * class, after the model or the selection it takes. Classes whose positional arguments differ
 * between the two frameworks (`Many2Many`, `Reference`) are read by keyword only (`-1`); a
 * computed `fields.Function` is read from the field it wraps (`functionField`).
 */
export function labelPosition(callee: string): number {
  const m = /^fields\.([A-Z][A-Za-z0-9]*)$/.exec(callee);
  if (m === null) return -1;
  switch ((m[1] ?? '').toLowerCase()) {
    case 'selection':
    case 'many2one':
      return 1;
    case 'one2many':
      return 2;
    case 'many2many':
    case 'reference':
    case 'function':
      return -1;
    default:
      return 0;
  }
}

/** Tryton's computed field (`fields.Function(fields.Char('Age'), 'get_age')`) wraps the field it computes. */
export const FUNCTION_FIELD = /^fields\.Function$/;

/**
 * Whether a keyword argument describes the field: the shared keywords, and for Tryton and Odoo
 * field classes their label and help text (`string=`, `help=`), which elsewhere may mean
 * something else.
 */
export function describes(callee: string, keyword: string): boolean {
  if (keyword === 'name') return false;
  if (DESCRIPTION_KEYWORDS.has(keyword)) return true;
  return (keyword === 'string' || keyword === 'help') && /^fields\.[A-Z]/.test(callee);
}
