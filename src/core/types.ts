/**
 * Plain data shared by every part of pilens. Positions are 0-based here; only the CLI's
 * output converts to 1-based.
 */

import type { CategoryKey, ContestId, LegalClass } from './law/schema.js';

/** The legal threshold classes of 法释〔2017〕10号 Art. 5(1)(3)–(5), as the legal model names them. */
export type { LegalClass };

export type Confidence = 'high' | 'medium' | 'low';

/** A 0-based position in a text (line, UTF-16 column), as VS Code counts. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Whether a field is declared (a column, property, struct member) or merely used
 * (`user.idCard`). Usages are reported at a lower severity.
 */
export type FieldRole = 'declaration' | 'usage';

/**
 * What an extractor found: a named field with whatever context the format offers.
 * The classifier turns candidates into findings.
 */
export interface FieldCandidate {
  /** The identifier as written (`id_card_no`, `sfzh`, `身份证号`). */
  readonly name: string;
  /** The range of `name` in the text. */
  readonly range: Range;
  readonly role: FieldRole;
  /** The enclosing record: table, class, message, schema, or object receiver of a usage. */
  readonly owner?: string;
  /** The declared type as written (`varchar(18)`, `boolean`, `String`). */
  readonly declaredType?: string;
  /**
   * Text attached to the field that describes it: SQL `COMMENT`, Javadoc, `description`,
   * `verbose_name`, a trailing comment. Detection reads Chinese descriptions from here.
   */
  readonly comment?: string;
  /**
   * Text describing the owner (SQL table `COMMENT`, `COMMENT ON TABLE`, a model's doc
   * comment, a schema's `description`): `t_ry` says little, `人员信息表` says "person".
   */
  readonly ownerComment?: string;
  /**
   * A validation annotation that says what the field holds whatever its name (`Email` for
   * `@Email`, `[EmailAddress]`, `@IsEmail()`), by the name `detect/validators.ts` knows it by.
   */
  readonly validation?: string;
  /**
   * A GraphQL operation (a field of the schema's query, mutation or subscription type) that
   * takes arguments (`changePassword(password: String!)`): the reader hands its arguments on as
   * fields owned by it, and the operation is read through them, not by its own name, which
   * names an action and what it acts on.
   */
  readonly takesArguments?: true;
  /**
   * An argument of a GraphQL search: a field outside the mutation root that returns a list or a
   * page of records (`transactions(minAmount: Int): TransactionCollection`). The argument says
   * which records to return; it is read as data only where it names whom to look up.
   */
  readonly searchCriterion?: true;
  /**
   * The other fields of the same record, when the owner's name says little (a dataset's
   * columns: `check_in` beside `hotel` and `room_no` is a stay). They open owner-gated terms
   * as the owner's own words do, but never make the record a person's or a thing's.
   */
  readonly siblings?: readonly string[];
}

export type EvidenceKind =
  | 'token' // a vocabulary word in the identifier
  | 'comment' // a vocabulary word in the attached comment
  | 'annotation' // an explicit `@pi` annotation
  | 'type' // the declared type supported or weakened the reading
  | 'owner' // the owner made it stronger or weaker
  | 'value' // a literal value matched a validator
  | 'config'; // a `.pilens.json` override or custom vocabulary

/** One reason a finding exists: "why was this flagged?" always has an answer. */
export interface Evidence {
  readonly kind: EvidenceKind;
  /** The text that matched (a token, a comment word, the annotation). Never raw data values. */
  readonly matched: string;
  /** A short human explanation, English. */
  readonly detail: string;
}

/** Processing state declared by `@pi anonymized|deidentified`. */
export type ProcessingState = 'anonymized' | 'deidentified';

/** A classified personal-information field. */
export interface Finding {
  readonly field: string;
  readonly range: Range;
  readonly role: FieldRole;
  readonly owner?: string;
  /** A key of the legal catalogue: every producer (vocabulary, annotations, configuration) emits one. */
  readonly category: CategoryKey;
  readonly class: LegalClass;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  /** Set when annotated: de-identified is still PI (PIPL Art. 73); anonymised is not reported. */
  readonly state?: ProcessingState;
  /** Also PI of a minor under 14 (PIPL Art. 28/31), a flag rather than a class. */
  readonly minor?: boolean;
  /**
   * The contested mapping that decided `class` (`bare_bank_card`, `financial_credential`,
   * `ecommerce_order`, `single_location_point`); hovers name the contest and both readings.
   */
  readonly contest?: ContestId;
}
