/**
 * The extractor kit: what every extractor (code and schema formats alike) builds on, so there
 * is one way to do each job. `handles` says which sources an extractor reads (from the language
 * table), `candidate` builds a field, `attachedComments` and `commentsAbove`/`commentsOnLine`
 * find a field's comments, `joinDescriptions` joins its description parts, and `guarded` turns
 * a throw into `{ ok: false }`. See CONTRIBUTING.md, "Add an extractor".
 */
export { candidate, clean, sortFields, type FieldDraft } from './candidate.js';
export {
  attachedComments,
  cleanComment,
  commentsAbove,
  commentsOnLine,
  commentsWithin,
  commentWords,
  describeComments,
  joinDescriptions,
  type CommentSpan,
} from './comments.js';
export { guarded, SourceError } from './guarded.js';
export { baseNameOf, handles, stemOf, type Handled } from './source.js';
