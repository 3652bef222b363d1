import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Tree } from '@lezer/common';
import { parser as jsParser } from '@lezer/javascript';
import { collectFields } from '../../../src/core/scan/code/collectFields.js';
import { BufferTree, type BufferNode } from '../../../src/core/scan/code/tsBufferTree.js';
import { walkBuffer } from '../../../src/core/scan/code/tsBufferWalk.js';
import { blankDecoratedExports } from '../../../src/core/scan/code/tsDecoratedExports.js';
import { bridgeGrammarGaps } from '../../../src/core/scan/code/tsGrammarGaps.js';
import { readTypeScriptBuffer, treeOfBuffer } from '../../../src/core/scan/code/tsReader.js';
import { typescriptExtractor, typescriptReference } from '../../../src/core/scan/code/typescript.js';
import type { ExtractResult } from '../../../src/core/scan/extractor.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { fixtureFiles } from '../../support/fixtureFiles.js';

/**
 * The walk over the fast reader's buffer (tsBufferWalk.ts) against the Lezer walk
 * (typescript.ts's handlers over @lezer/javascript's tree): on every TypeScript fixture (not
 * the held-out or blind sets), the scanner's own sources, generated files and a text of the
 * constructs the rules read, whatever the reader accepts gives exactly the reference's
 * candidates, and the buffer tree navigates as Lezer's tree of the same buffer does. No
 * intended differences.
 */

const ts = jsParser.configure({ dialect: 'ts' });
const SOURCE = { path: 'model.ts' };

/** The buffer walk's candidates, or undefined when the reader declines the text. */
function bufferCandidates(text: string): readonly FieldCandidate[] | undefined {
  const parsed = bridgeGrammarGaps(blankDecoratedExports(text), false);
  const read = readTypeScriptBuffer(parsed, ts.nodeSet);
  if (read === undefined) return undefined;
  const lines = new LineIndex(text);
  const tree = new BufferTree(read, ts.nodeSet, ts.topNode.id, parsed.length);
  const walk = walkBuffer(tree, { text, lines, source: SOURCE });
  return collectFields(text, lines, walk.comments, walk.emitted, walk.pending);
}

function reference(text: string): readonly FieldCandidate[] {
  const r = typescriptReference.extract(text, SOURCE);
  assert.ok(r.ok, 'the reference reads the text');
  return r.fields;
}

/** Asserts the buffer walk declines or agrees with the reference; true when it read the text. */
function agrees(text: string, label: string): boolean {
  const mine = bufferCandidates(text);
  if (mine === undefined) return false;
  assert.deepEqual(mine, reference(text), label);
  return true;
}

interface NodeView {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly parent: NodeView | null;
  readonly firstChild: NodeView | null;
  readonly lastChild: NodeView | null;
  readonly nextSibling: NodeView | null;
  readonly prevSibling: NodeView | null;
}

/** Every node in pre-order with its parent, last child and previous sibling, as text. */
function dump(top: NodeView): string[] {
  const show = (n: NodeView | null): string => (n ? `${n.name}@${n.from}-${n.to}` : '-');
  const out: string[] = [];
  const visit = (n: NodeView, depth: number): void => {
    out.push(`${depth} ${show(n)} ^${show(n.parent)} >${show(n.lastChild)} <${show(n.prevSibling)}`);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c, depth + 1);
  };
  visit(top, 0);
  return out;
}

function outcome(r: ExtractResult): unknown {
  return r.ok ? r.fields : r.error;
}

/** One of each construct the rules read, for the reader to accept and the walks to agree on. */
const CONSTRUCTS = `
/** 会员 */
@Entity('t_member')
export class Member extends Base implements Named {
  static readonly TABLE = 't';
  readonly MAX_SIZE = 3;
  @Column({ comment: '身份证号', name: 'sfzh', type: 'varchar' }) idCard!: string;
  @Column('varchar', { length: 18 }) @Comment('手机号') phone?: string; // 手机
  @ApiProperty({ description: \`邮箱\`, enum: Status.ACTIVE }) email = '';
  @Comment(\`住址\`) @Index @Column(\`text\`) address2?: string;
  @Comment(\`a\${x}\`, '不读') @Swagger.Description('描述') @Column(LENGTH, 'char') @Api.Column('int', 'x') misc?: string;
  @Column(new Options({ comment: '不是装饰器调用' })) @Comment() @Column({ name: 'zh', comment: '证' }, { type: 'text', comment: '二' }) certNo!: string;
  '真实姓名': string;
  #secret: string;
  handler = (x: number) => x;
  callback: (x: number) => void;
  address: { city: string; street?: string };
  constructor(private readonly bankCard: string, public mobile?: number, plain = this.other) {
    super();
    this.nickName = bankCard;
    this.idCard = 'x';
    const Inner = class Nested { constructor() { this.deep = 1; } };
    other.x = this.realName;
  }
  describe(): string {
    this.afterCtor = 1;
    return user.realName + this.phone + order.items.length + SecurityConstants.USER_ID + row.ID_CARD;
  }
}
export interface Person { name: string; 'id-card'?: string; 42: number; home: { zip: string }; greet(): void; on: () => void }
type Contact = { mobile: string } & { email: string };
type Wrapped = { inner: { phone: string } };
function save(user: { phone: string }, opts?: { email: string }): void {
  console.log(user.phone); Math.max(a.b, c.d); client.users.find(q.name).exec(); new api.Client(cfg.url);
  JSON.stringify(o.p)(r.s);
}
const UserSchema = new Schema({ name: { type: String, comment: '姓名' }, tags: [{ type: String }], addr: { city: String }, phone: String });
export const Profile = sequelize.define('Profile', { idCard: { type: DataTypes.STRING(18), field: 'id_card', comment: '证件' } });
User.init({ mobile: DataTypes.STRING }, { sequelize });
export const PersonSchema = z.object({
  phone: z.string().describe('手机'),
  tags: z.array(z.object({ k: z.number() })),
  meta: z.string().meta({ description: '说明' }),
});
const Extended = BaseSchema.extend({ email: z.string().email() });
const plainObject = { phone: '1', nested: { idCard: 2 } };
`;

describe('TypeScript buffer walk', () => {
  const fixtures = fixtureFiles(/\.ts$/);
  const sources = fixtureFiles(/\.ts$/, path.join(process.cwd(), 'src/core'));
  const bench = BENCH_FORMATS.find((f) => f.label === 'TypeScript');
  assert.ok(bench);

  it('gives the reference’s candidates for a text of every construct the rules read', () => {
    assert.ok(agrees(CONSTRUCTS, 'constructs'), 'declined');
    const names = new Set(bufferCandidates(CONSTRUCTS)?.map((f) => f.name));
    for (const name of ['idCard', 'sfzh', 'nickName', 'bankCard', 'zip', 'phone', 'k', 'email'])
      assert.ok(names.has(name), name);
  });

  it('gives the reference’s candidates on the TypeScript fixtures, and reads most of them', () => {
    assert.ok(fixtures.length >= 10, 'the fixtures are found');
    let accepted = 0;
    for (const { file, text } of fixtures) if (agrees(text, file)) accepted++;
    assert.ok(accepted >= fixtures.length - 2, `read ${accepted} of ${fixtures.length}`);
  });

  it('gives the reference’s candidates on the scanner’s own sources', () => {
    let accepted = 0;
    for (const { file, text } of sources) if (agrees(text, file)) accepted++;
    assert.ok(accepted >= sources.length * 0.7, `read ${accepted} of ${sources.length}`);
  });

  it('gives the reference’s candidates on generated model files', () => {
    for (const salt of [0, 1, 2]) assert.ok(agrees(generate(bench, 600, salt), `salt ${salt}`), 'declined');
  });

  it('navigates as Lezer’s tree of the same buffer does', () => {
    for (const text of [CONSTRUCTS, generate(bench, 60, 0), ...fixtures.slice(0, 5).map((f) => f.text)]) {
      const parsed = bridgeGrammarGaps(blankDecoratedExports(text), false);
      const read = readTypeScriptBuffer(parsed, ts.nodeSet);
      assert.ok(read);
      const mine: BufferNode = new BufferTree(read, ts.nodeSet, ts.topNode.id, parsed.length).node(
        read.size >> 2,
      );
      const lezer: Tree = treeOfBuffer(read, ts.nodeSet, ts.topNode.id, parsed.length);
      assert.deepEqual(dump(mine), dump(lezer.topNode));
    }
  });

  it('is the extractor’s path for a TypeScript file it reads, and Lezer’s after an edit', () => {
    const text = generate(bench, 60, 3);
    const fast = typescriptExtractor.extract(text, SOURCE);
    assert.deepEqual(outcome(fast), outcome(typescriptReference.extract(text, SOURCE)));
    const edited = text.replace('realName', 'realNam');
    const next = typescriptExtractor.extract(edited, SOURCE, fast.ok ? fast.memo : undefined);
    assert.deepEqual(outcome(next), outcome(typescriptReference.extract(edited, SOURCE)));
  });
});
