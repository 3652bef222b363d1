import { parser as xmlParser } from '@lezer/xml';
import type { SyntaxNode } from '@lezer/common';
import { lezerExtractor, type LezerContext } from './lezerExtractor.js';
import { childNamed, simpleName, stringContent, textOf } from './lezerSupport.js';

/**
 * MyBatis mapper XML: `<resultMap type="…User">` with `<id>`/`<result column="sfzh"
 * property="idCard"/>`, nested `<association>`/`<collection>`, and `#{idCard}` parameters in
 * statements as usages. Parsed with @lezer/xml (pure JS, exact offsets). Only mapper files
 * are claimed, so other XML keeps the language-agnostic scan.
 */
export const mybatisExtractor = lezerExtractor<LezerContext>({
  id: 'mybatis',
  languageIds: [],
  paths: /(mapper|dao)[^/\\]*\.xml$|(^|[/\\])(mappers?|mybatis)[/\\][^/\\]*\.xml$/i,
  accepts: (text) => (/<mapper[\s>]/.test(text) ? undefined : 'not a MyBatis mapper (no <mapper> element)'),
  parser: () => xmlParser,
  commentNodes: ['Comment'],
  context: (base) => base,
  enter: { Element: element, Text: parameters },
});

type XmlContext = LezerContext;

interface Attribute {
  readonly value: string;
  readonly from: number;
}

/** Attributes of an element's open or self-closing tag, by name. */
function attributesOf(
  ctx: XmlContext,
  el: SyntaxNode,
): { tag: string; attrs: Map<string, Attribute> } | undefined {
  const tagNode = childNamed(el, 'OpenTag', 'SelfClosingTag');
  const tagName = tagNode && childNamed(tagNode, 'TagName');
  if (!tagNode || !tagName) return undefined;
  const attrs = new Map<string, Attribute>();
  for (const a of tagNode.getChildren('Attribute')) {
    const name = childNamed(a, 'AttributeName');
    const value = childNamed(a, 'AttributeValue');
    const s = value && stringContent(ctx.text, value);
    if (name && s) attrs.set(textOf(ctx.text, name), { value: s.value, from: s.from });
  }
  return { tag: textOf(ctx.text, tagName), attrs };
}

const FIELD_TAGS = new Set(['id', 'result', 'idArg', 'arg', 'association', 'collection']);
const OWNER_TAGS: Record<string, readonly string[]> = {
  resultMap: ['type'],
  association: ['javaType', 'resultMap'],
  collection: ['ofType', 'javaType', 'resultMap'],
};

/** The type that owns a field element: the nearest enclosing resultMap/association/collection. */
function ownerOf(ctx: XmlContext, el: SyntaxNode): string | undefined {
  for (let p = el.parent; p; p = p.parent) {
    if (p.name !== 'Element') continue;
    const info = attributesOf(ctx, p);
    const keys = info && OWNER_TAGS[info.tag];
    for (const key of keys ?? []) {
      const v = info?.attrs.get(key)?.value;
      if (v) return simpleName(v);
    }
  }
  return undefined;
}

function element(ctx: XmlContext, el: SyntaxNode): void {
  const info = attributesOf(ctx, el);
  if (!info || !FIELD_TAGS.has(info.tag)) return;
  const property = info.attrs.get('property') ?? info.attrs.get('name');
  const column = info.attrs.get('column');
  const primary = property ?? column;
  if (!primary || !primary.value) return;
  const tag = childNamed(el, 'OpenTag', 'SelfClosingTag') ?? el;
  const a = info.attrs;
  const draft = {
    name: primary.value,
    from: primary.from,
    owner: ownerOf(ctx, el),
    declaredType: a.get('javaType')?.value ?? a.get('jdbcType')?.value ?? a.get('ofType')?.value,
  };
  const aliases = property && column ? [{ name: column.value, from: column.from }] : [];
  ctx.declare(draft, { from: tag.from, to: tag.to }, { aliases });
}

/** `#{idCard}` and `${user.phone}` parameters inside SQL statements are usages. */
function parameters(ctx: XmlContext, node: SyntaxNode): void {
  const body = textOf(ctx.text, node);
  if (!body.includes('{')) return;
  const pattern = /[#$]\{\s*(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)/g;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    const name = m[2] ?? '';
    const from = node.from + m.index + m[0].length - name.length;
    ctx.emit({ name, from, role: 'usage', owner: m[1] });
  }
}
