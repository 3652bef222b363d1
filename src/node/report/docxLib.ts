/**
 * docx, behind one module that the build bundles on its own (dist/docxlib.js) and the other
 * bundles load only when a Word document is written, as xlsxLib.ts does for exceljs: the CLI's
 * start-up and every scan worker do not parse it.
 */
export {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
