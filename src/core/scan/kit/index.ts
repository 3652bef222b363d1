/**
 * The extractor kit: what every extractor (code and schema formats alike) builds on, so there
 * is one way to do each job. `handles` says which sources an extractor reads (from the language
 * table), `candidate` builds a field, `attachedComments` (its `leadingComments` and
 * `trailingComments`) finds a field's comments for every format, `joinDescriptions` joins its
 * description parts, and `guarded` turns a throw into `{ ok: false }`. See CONTRIBUTING.md, "Add an extractor".
 */
export { candidate, clean, sortFields, type FieldDraft } from './candidate.js';
export {
  attachedComments,
  attachedCommentWords,
  cleanComment,
  cleanDocComment,
  commentsWithin,
  commentWords,
  describeComments,
  inlineTagsAsText,
  joinDescriptions,
  joinDescriptionsAfter,
  leadingComments,
  trailingComments,
  type CommentSpan,
} from './comments.js';
export { guarded, SourceError } from './guarded.js';
export { baseNameOf, handles, stemOf, type Handled } from './source.js';
