import { parser as pyParser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { FieldCandidate } from '../../types.js';
import { joinDescriptions } from '../kit/index.js';
import type { Extractor } from '../extractor.js';
import { collectFields } from './collectFields.js';
import { lezerExtractor, type LezerContext } from './lezerExtractor.js';
import { readPythonDrafts, type PyRead } from './pyReader.js';
import { rereadPython } from './pyReuse.js';
import { recollectFields } from './chainFields.js';
import type { PyView } from './pyView.js';
import { LineIndex } from '../../text/lines.js';
import { ancestorNamed, childNamed, stringContent, textOf } from './lezerSupport.js';
import {
  ALIAS_KEYWORDS,
  API_OWNERS,
  COLUMN_CALLS,
  describes,
  FUNCTION_FIELD,
  isFieldName,
  labelPosition,
  OWNER_LABELS,
  RELATION_FIELDS,
  SETTINGS_CLASSES,
  isSettingsClass,
} from './pyRules.js';

/**
 * Python models: Django (`models.CharField(verbose_name='姓名', help_text=…, db_column=…)`),
 * SQLAlchemy (`Column(String(18), comment=…)`, `mapped_column`), Pydantic (`Field(description=…)`),
 * dataclasses and plain classes (annotated attributes, `self.x = …` in `__init__`), with
 * comments and attribute docstrings; attribute accesses are usages. Parsed with @lezer/python.
 */
export const pythonReference = lezerExtractor<LezerContext>({
  id: 'python',
  languageIds: ['python'],
  parser: () => pyParser,
  commentNodes: ['Comment'],
  context: (base) => base,
  enter: { ClassDefinition: classBody, MemberExpression: usage },
});

/**
 * The Python extractor: the fast token reader (pyReader.ts) when it can be sure of the text,
 * else the Lezer-based reference above. A first full scan of a clean file pays for no syntax
 * tree (issue 8: ~200 ms for 10,000 lines, most of it Lezer's parse), and after an edit the
 * reader re-reads only the top-level statements the edit touched (pyReuse.ts).
 */
export const pythonExtractor: Extractor = {
  id: pythonReference.id,
  handles: (source) => pythonReference.handles(source),
  extract(text, source, previous) {
    const prior = previous instanceof ReadMemo ? previous : undefined;
    if (prior?.text === text) return { ok: true, fields: prior.fields, memo: prior };
    const reread = prior === undefined ? undefined : rereadPython(prior.text, prior.read, text);
    const read = reread ?? readPythonDrafts(text);
    if (read === undefined) return pythonReference.extract(text, source, previous);
    const lines = new LineIndex(text);
    const fields =
      (reread === undefined || prior === undefined
        ? undefined
        : recollectFields(prior, text, reread, lines)) ??
      collectFields(text, lines, read.comments, read.emitted, read.pending);
    return { ok: true, fields, memo: new ReadMemo(text, read, lines, fields) };
  },
};

/**
 * The fast reader's tokens of `text` in a scan's memo (`ScanResult.memo.state`), when that scan
 * read all of it with the reader: the flow analysis builds its tree from them.
 */
export function pythonViewOf(state: unknown, text: string): PyView | undefined {
  return state instanceof ReadMemo && state.text === text ? state.read.view : undefined;
}

/**
 * What the fast reader leaves for the next scan of the same document: the same text again
 * (a save, a settings change) costs nothing; after an edit, what it read outside the edit is
 * reused, and so are the candidates found there (chainFields.ts).
 */
class ReadMemo {
  constructor(
    readonly text: string,
    readonly read: PyRead,
    readonly lines: LineIndex,
    readonly fields: readonly FieldCandidate[],
  ) {}
}

type PyContext = LezerContext;

function classBody(ctx: PyContext, cls: SyntaxNode): void {
  const nameNode = childNamed(cls, 'VariableName');
  const body = childNamed(cls, 'Body');
  if (!nameNode || !body) return;
  const owner = textOf(ctx.text, nameNode);
  if (isSettingsClass(owner, ancestorNamed(cls, 'ClassDefinition') !== null)) return;
  const described = classDescription(ctx, body);
  for (let s = body.firstChild; s; s = s.nextSibling) {
    if (s.name === 'AssignStatement') assignment(ctx, s, owner, false, described);
    else if (
      s.name === 'FunctionDefinition' &&
      textOf(ctx.text, childNamed(s, 'VariableName') ?? s) === '__init__'
    ) {
      const init = childNamed(s, 'Body');
      for (let t = init?.firstChild; t; t = t.nextSibling)
        if (t.name === 'AssignStatement') assignment(ctx, t, owner, true, described);
    }
  }
}

/**
 * What a model class says it is: its options class's label (`class Meta: verbose_name = '会员'`,
 * `db_table_comment`), the owner's description, as a table's `COMMENT` is. Not its docstring:
 * a clinical docstring (`"""就诊记录"""`) lends its domain to every descriptive field, a
 * doctor's name and the fees described in Chinese among them (held-out 3 fp +3), and
 * docstrings are prose more often than labels.
 */
function classDescription(ctx: PyContext, body: SyntaxNode): string | undefined {
  const labels: (string | undefined)[] = [];
  for (let s = body.firstChild; s; s = s.nextSibling) {
    if (s.name !== 'ClassDefinition') continue;
    const name = childNamed(s, 'VariableName');
    const options = childNamed(s, 'Body');
    if (!name || !options || !SETTINGS_CLASSES.has(textOf(ctx.text, name))) continue;
    for (let o = options.firstChild; o; o = o.nextSibling) {
      const target = o.name === 'AssignStatement' ? o.firstChild : null;
      const op = target?.nextSibling;
      const value = op?.nextSibling;
      if (target?.name !== 'VariableName' || op?.name !== 'AssignOp' || !value || value.nextSibling) continue;
      const at = OWNER_LABELS.get(textOf(ctx.text, target));
      if (at !== undefined) labels[at] = stringOf(ctx, value)?.value;
    }
  }
  return labels.find((l) => l !== undefined && l.trim() !== '')?.trim();
}

function assignment(
  ctx: PyContext,
  stmt: SyntaxNode,
  owner: string,
  onSelf: boolean,
  ownerComment: string | undefined,
): void {
  const target = stmt.firstChild;
  if (!target) return;
  let nameNode: SyntaxNode | null = target;
  if (onSelf) {
    if (target.name !== 'MemberExpression' || textOf(ctx.text, target.firstChild ?? target) !== 'self')
      return;
    nameNode = childNamed(target, 'PropertyName');
  } else if (target.name !== 'VariableName') return;
  if (!nameNode) return;
  const name = textOf(ctx.text, nameNode);
  if (!isFieldName(name)) return;
  const typeDef = childNamed(stmt, 'TypeDef');
  const annotated = typeDef ? textOf(ctx.text, typeDef).replace(/^:\s*/, '') : undefined;
  const last = stmt.lastChild;
  const value = last && last.from > (typeDef ?? target).from ? last : null;
  const call = value?.name === 'CallExpression' && !onSelf ? readCall(ctx, value) : undefined;
  const draft = {
    name,
    from: nameNode.from,
    owner,
    declaredType: call?.type ?? annotated ?? call?.callee,
    ...(ownerComment !== undefined ? { ownerComment } : {}),
  };
  ctx.declare(
    draft,
    { from: stmt.from, to: stmt.to, nameEnd: nameNode.to },
    {
      descriptions: [call?.description, attributeDocstring(ctx, stmt)],
      aliases: call?.alias ? [call.alias] : [],
    },
  );
}

interface FieldCall {
  callee: string;
  type?: string;
  description?: string | undefined;
  alias?: { name: string; from: number };
}

/** Reads a field constructor call's positional and keyword arguments. */
function readCall(ctx: PyContext, call: SyntaxNode): FieldCall {
  const callee = textOf(ctx.text, call.firstChild ?? call);
  const result: FieldCall = { callee };
  const descriptions: (string | undefined)[] = [];
  const args = childNamed(call, 'ArgList');
  const label = labelPosition(callee);
  let positional = 0;
  for (let a = args?.firstChild; a; a = a.nextSibling) {
    if (a.name === '(' || a.name === ')' || a.name === ',') continue;
    if (a.name === 'VariableName' && a.nextSibling?.name === 'AssignOp') {
      const keyword = textOf(ctx.text, a);
      const value = a.nextSibling.nextSibling;
      a = value ?? a.nextSibling;
      const str = value ? stringOf(ctx, value) : undefined;
      if (describes(callee, keyword)) descriptions.push(str?.value);
      else if (ALIAS_KEYWORDS.has(keyword) && str) result.alias = str;
      else if (keyword === 'type_' && value) result.type = textOf(ctx.text, value);
      continue;
    }
    const str = stringOf(ctx, a);
    if (positional === 0 && FUNCTION_FIELD.test(callee)) {
      // The computed field is typed and described by the field it wraps.
      if (a.name === 'CallExpression') {
        const wrapped = readCall(ctx, a);
        result.type = wrapped.callee;
        descriptions.push(wrapped.description);
      }
    } else if (positional === label && str) descriptions.push(str.value);
    else if (positional === 0 && str) {
      if (COLUMN_CALLS.has(callee)) result.alias = str;
      else if (/Field$/.test(callee) && !RELATION_FIELDS.test(callee)) descriptions.push(str.value);
    } else if (COLUMN_CALLS.has(callee) && result.type === undefined && !str && a.name !== 'Ellipsis') {
      result.type = textOf(ctx.text, a);
    }
    positional++;
  }
  result.description = joinDescriptions(descriptions);
  return result;
}

/** A string literal, or the string inside a translation call such as `_('姓名')`. */
function stringOf(
  ctx: PyContext,
  node: SyntaxNode,
): { name: string; value: string; from: number } | undefined {
  let n: SyntaxNode | null = node;
  if (n.name === 'CallExpression') n = childNamed(childNamed(n, 'ArgList') ?? n, 'String');
  if (!n || n.name !== 'String') return undefined;
  const s = stringContent(ctx.text, n);
  return s ? { name: s.value, value: s.value, from: s.from } : undefined;
}

/** A string statement right after an attribute documents it (PEP 257 attribute docstring). */
function attributeDocstring(ctx: PyContext, stmt: SyntaxNode): string | undefined {
  const next = stmt.nextSibling;
  if (
    next?.name !== 'ExpressionStatement' ||
    next.firstChild?.name !== 'String' ||
    next.firstChild.nextSibling
  )
    return undefined;
  return stringContent(ctx.text, next.firstChild)?.value.trim();
}

/** `user.id_card` → a usage owned by `user`; calls (`user.save()`) and `self` are skipped. */
function usage(ctx: PyContext, member: SyntaxNode): void {
  const prop = member.lastChild;
  const receiver = member.firstChild;
  if (prop?.name !== 'PropertyName' || !receiver) return;
  const parent = member.parent;
  if (parent?.name === 'CallExpression' && parent.firstChild?.to === member.to) return;
  if (parent?.name === 'AssignStatement' && parent.firstChild?.from === member.from) return;
  let owner: string | undefined;
  if (receiver.name === 'VariableName') owner = textOf(ctx.text, receiver);
  else if (receiver.name === 'MemberExpression' && receiver.lastChild?.name === 'PropertyName')
    owner = textOf(ctx.text, receiver.lastChild);
  if (owner === 'self') {
    const cls = ancestorNamed(member, 'ClassDefinition');
    owner = textOf(ctx.text, (cls && childNamed(cls, 'VariableName')) ?? receiver);
  }
  if (!owner || API_OWNERS.has(owner)) return;
  ctx.emit({ name: textOf(ctx.text, prop), from: prop.from, role: 'usage', owner });
}
