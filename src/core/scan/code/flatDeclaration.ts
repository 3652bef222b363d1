import type { FieldDraft } from '../kit/index.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

type Extras = NonNullable<PendingDeclaration['extras']>;

/**
 * A pending declaration of a token reader (javaReader.ts, goFields.ts) kept as one flat object
 * until the comments are attached. Its draft, span and extras are made when read (once, by
 * `collectFields`) and die young; five objects per declaration that lived until the end of the
 * read were most of the garbage collector's work in a scan of a long file (issue 8).
 */
export class FlatDeclaration implements PendingDeclaration {
  constructor(
    readonly name: string,
    readonly from: number,
    readonly owner: string | undefined,
    readonly declaredType: string | undefined,
    readonly spanFrom: number,
    readonly spanTo: number,
    /** The end of the first name, for a comment on its line (undefined: none asked for). */
    readonly nameEnd: number | undefined,
    readonly descriptions: readonly (string | undefined)[],
    readonly aliases: Extras['aliases'],
    /** `DeclarationSpan.docAt` (lezerExtractor.ts): a record component's type name. */
    readonly docAt?: number,
    /** A validation annotation saying what the field holds (`FieldCandidate.validation`). */
    readonly validation?: string,
  ) {}

  get draft(): FieldDraft {
    const draft = { name: this.name, from: this.from, owner: this.owner, declaredType: this.declaredType };
    return this.validation === undefined ? draft : { ...draft, validation: this.validation };
  }

  get span(): PendingDeclaration['span'] {
    const span =
      this.nameEnd === undefined
        ? { from: this.spanFrom, to: this.spanTo }
        : { from: this.spanFrom, to: this.spanTo, nameEnd: this.nameEnd };
    return this.docAt === undefined ? span : { ...span, docAt: this.docAt };
  }

  get extras(): Extras {
    return this.aliases === undefined
      ? { descriptions: this.descriptions }
      : { descriptions: this.descriptions, aliases: this.aliases };
  }
}
