/**
 * `pilens report ropa|pia --format …` and the editor's draft commands: one list for both hosts
 * (core/report/formats.ts). DOCX for both drafts: they are documents a compliance officer edits,
 * answers in prose and signs, and Word (or WPS) is where that happens; the per-field table that
 * suits a spreadsheet is the inventory's XLSX.
 */
import type { Formatter } from '../../core/report/formats.js';
import type { DraftDocument } from '../../core/report/drafts/draftDoc.js';
import { draftToMarkdown } from '../../core/report/drafts/draftMarkdown.js';
import { draftToDocx } from './draftDocx.js';

export const REPORT_FORMATS: readonly Formatter<DraftDocument>[] = [
  {
    id: 'markdown',
    extension: 'md',
    label: 'Markdown',
    description: {
      en: 'a draft to read, diff and keep in the repository',
      zh: '可阅读、比对并保存在代码库中的草稿',
    },
    render: (doc) => draftToMarkdown(doc),
  },
  {
    id: 'docx',
    extension: 'docx',
    label: 'Word',
    description: { en: 'a Word document to complete and sign', zh: '可填写和签署的文字处理文档' },
    render: (doc) => draftToDocx(doc),
  },
];
