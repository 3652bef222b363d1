/**
 * A draft as a Word document (docx): the same blocks as the Markdown. Headings use Word's
 * heading styles (so the navigation pane lists the parts), tables have a repeated bold header
 * row, and each blank is a highlighted BLANK_MARK with its hint and an empty bordered box to
 * write the answer in. Text is stripped of the characters XML 1.0 forbids, since one of them
 * makes Word refuse the whole file.
 */
import type { DraftBlock, DraftDocument } from '../../core/report/drafts/draftDoc.js';
import { BLANK_MARK } from '../../core/report/drafts/draftDoc.js';

/** XML 1.0 forbids these (tab, LF and CR are allowed), and lone surrogates. */
const FORBIDDEN = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** Text Word accepts. */
export function docxText(value: string): string {
  return value.replace(FORBIDDEN, '');
}

type Lib = typeof import('./docxLib.js');

/** The run styles the drafts use. */
interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly highlight?: 'yellow';
}
type Child = InstanceType<Lib['Paragraph']> | InstanceType<Lib['Table']>;

function render(b: DraftBlock, doc: DraftDocument, lib: Lib): Child[] {
  const {
    Paragraph,
    TextRun,
    HeadingLevel,
    Table,
    TableRow,
    TableCell,
    WidthType,
    ShadingType,
    AlignmentType,
  } = lib;
  const text = (s: string, opts: RunStyle = {}) => new TextRun({ text: docxText(s), ...opts });
  switch (b.kind) {
    case 'heading': {
      const heading =
        b.level === 1 ? HeadingLevel.TITLE : b.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      return [new Paragraph({ heading, children: [text(b.text)] })];
    }
    case 'paragraph':
      return [new Paragraph({ children: [text(b.text)] })];
    case 'bullets':
      return b.items.map((i) => new Paragraph({ bullet: { level: 0 }, children: [text(i)] }));
    case 'table': {
      const cell = (c: string | number, header: boolean) =>
        new TableCell({
          children: [
            new Paragraph({
              alignment: typeof c === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [text(String(c), { bold: header, size: 18 })],
            }),
          ],
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((c) => cell(c, true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
          ],
        }),
      ];
    }
    case 'source':
      return [new Paragraph({ children: [text(b.text, { italics: true, size: 18, color: '595959' })] })];
    case 'caveat':
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC' },
          children: [text(b.text, { size: 20 })],
        }),
      ];
    case 'blank':
      return [
        new Paragraph({
          children: [
            text(BLANK_MARK[doc.locale], { bold: true, highlight: 'yellow' }),
            text(` ${b.label}`, { bold: true }),
          ],
        }),
        new Paragraph({ children: [text(b.hint, { italics: true, size: 18, color: '595959' })] }),
        // An empty one-cell table: the box the answer goes in.
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [] })] })] }),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
  }
}

/** The draft's bytes as a .docx file. */
export async function draftToDocx(doc: DraftDocument): Promise<Uint8Array> {
  const lib = await import('./docxLib.js');
  const document = new lib.Document({
    creator: 'pilens',
    title: docxText(doc.title),
    description: doc.locale === 'zh' ? '草稿，不构成法律意见' : 'A draft, not legal advice',
    styles: { default: { document: { run: { font: { ascii: 'Calibri', eastAsia: 'Microsoft YaHei' } } } } },
    sections: [{ children: doc.blocks.flatMap((b) => render(b, doc, lib)) }],
  });
  return new Uint8Array(await lib.Packer.toBuffer(document));
}
