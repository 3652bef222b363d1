/**
 * What model annotations and attributes say about a field, shared by Java, Kotlin and C#:
 * which arguments describe it (Swagger, OpenAPI, Excel headers, `[Display]`) and which give its
 * stored or serialised name (JPA `@Column`, MyBatis-Plus, Jackson, Gson, EF `[Column]`).
 * `value` stands for the first positional argument.
 */
interface AnnotationRole {
  readonly describe?: readonly string[];
  readonly alias?: readonly string[];
}

const ROLES: Readonly<Record<string, AnnotationRole>> = {
  ApiModelProperty: { describe: ['value', 'notes'] },
  ApiParam: { describe: ['value'] },
  Schema: { describe: ['description', 'title'] },
  Parameter: { describe: ['description'] },
  Comment: { describe: ['value'] },
  Description: { describe: ['value'] },
  DisplayName: { describe: ['value'] },
  Display: { describe: ['Name', 'Description', 'ShortName'] },
  Excel: { describe: ['name'] },
  // SqlSugar, the ORM of most Chinese .NET admin systems (`[SugarColumn(ColumnDescription = "姓名")]`).
  SugarColumn: { describe: ['ColumnDescription'], alias: ['ColumnName'] },
  // Jackson's description of a JSON property, read into generated JSON Schemas.
  JsonPropertyDescription: { describe: ['value'] },
  ExcelProperty: { describe: ['value'] },
  Column: { alias: ['name', 'value', 'Name'] },
  ColumnInfo: { alias: ['name'] },
  TableField: { alias: ['value'] },
  TableId: { alias: ['value'] },
  // The key column of a relation (`@JoinColumn(name = "patient_id") Patient patient`).
  JoinColumn: { alias: ['name'] },
  JsonProperty: { alias: ['value', 'PropertyName'] },
  JsonAlias: { alias: ['value'] },
  // Moshi (`@Json(name = "birth_date")`, `@field:Json(…)` in Kotlin).
  Json: { alias: ['name'] },
  JsonPropertyName: { alias: ['value'] },
  JSONField: { alias: ['name'] },
  SerializedName: { alias: ['value'] },
  SerialName: { alias: ['value'] },
  Field: { alias: ['value', 'name'] },
};

/** How an annotation argument is used: `describe`, `alias`, or undefined when irrelevant. */
export function argumentRole(annotation: string, argument: string): 'describe' | 'alias' | undefined {
  const name = annotation
    .replace(/^@/, '')
    .replace(/^.*[.:]/, '')
    .replace(/Attribute$/, '');
  const role = ROLES[name];
  if (role?.describe?.includes(argument)) return 'describe';
  if (role?.alias?.includes(argument)) return 'alias';
  return undefined;
}
