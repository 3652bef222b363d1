/**
 * The words of the inventory documents in both languages: column headers, cell values and the
 * notes that say what the grade is and is not. Chinese text carries no English words except
 * instrument numbers (GB/T …) and the English-name column.
 */
import type { ContestedReading } from '../law/schema.js';
import { citation } from '../law/instruments.js';
import type { Bilingual, LegalConfidence } from '../law/schema.js';
import { legalConfidenceLabel, type Locale } from '../law/format.js';
import type { SectorPack } from '../law/sectors/schema.js';
import type { Confidence, EvidenceKind } from '../types.js';
import { GRADE_NAMES, type GradeId, type Sensitivity } from './inventoryGrade.js';
import type { InventoryRow } from './inventoryRows.js';

/** Column keys of the list, in order; the JSON rows use the same keys. */
export const COLUMNS = [
  'file',
  'line',
  'owner',
  'field',
  'categoryKey',
  'categoryZh',
  'categoryEn',
  'class',
  'sensitivity',
  'sensitivityBasis',
  'grade',
  'review',
  'confidence',
  'evidence',
] as const;
export type Column = (typeof COLUMNS)[number];

export const HEADERS: Readonly<Record<Column, Bilingual>> = {
  file: { en: 'file', zh: '文件' },
  line: { en: 'line', zh: '行号' },
  owner: { en: 'owner', zh: '所属对象' },
  field: { en: 'field', zh: '字段' },
  categoryKey: { en: 'category key', zh: '类别键' },
  categoryZh: { en: 'category (Chinese)', zh: '类别（中文）' },
  categoryEn: { en: 'category (English)', zh: '类别（英文）' },
  class: { en: 'threshold class (法释〔2017〕10号)', zh: '数量标准档次（法释〔2017〕10号）' },
  sensitivity: { en: 'sensitive PI (PIPL)', zh: '敏感个人信息' },
  sensitivityBasis: { en: 'sensitivity basis', zh: '敏感性依据' },
  grade: { en: 'grade (GB/T 43697-2024, general data only)', zh: '分级（GB/T 43697-2024，仅一般数据）' },
  review: { en: 'needs review', zh: '需人工复核' },
  confidence: { en: 'detection confidence', zh: '识别置信度' },
  evidence: { en: 'evidence', zh: '识别依据' },
};

const SENSITIVITY: Readonly<Record<Sensitivity, Bilingual>> = {
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  contested: { en: 'contested', zh: '有争议' },
};

const CONFIDENCE: Readonly<Record<Confidence, Bilingual>> = {
  high: { en: 'high', zh: '高' },
  medium: { en: 'medium', zh: '中' },
  low: { en: 'low', zh: '低' },
};

const EVIDENCE_KIND: Readonly<Record<EvidenceKind, Bilingual>> = {
  token: { en: 'name', zh: '字段名' },
  comment: { en: 'comment', zh: '注释' },
  annotation: { en: 'annotation', zh: '标注' },
  type: { en: 'declared type', zh: '声明类型' },
  owner: { en: 'owner', zh: '所属对象' },
  value: { en: 'value pattern', zh: '值模式' },
  config: { en: '.pilens.json', zh: '.pilens.json' },
};

const pick = (text: Bilingual, locale: Locale): string => text[locale];

/** `GB/T 35273-2020 Table B.1 (partially verified)`: a citation and how far it was checked. */
function withConfidence(text: string, confidence: LegalConfidence, locale: Locale): string {
  if (confidence === 'verified') return text;
  const mark = legalConfidenceLabel(confidence, locale);
  return locale === 'zh' ? `${text}（${mark}）` : `${text} (${mark})`;
}

/** A row's cells as strings (the line as a number), in `COLUMNS` order. */
export function rowCells(row: InventoryRow, locale: Locale): Record<Column, string | number> {
  const basis = row.sensitivity.standard;
  return {
    file: row.file,
    line: row.line,
    owner: row.owner ?? '',
    field: row.field,
    categoryKey: row.category.key,
    categoryZh: row.category.zh,
    categoryEn: row.category.en,
    class: row.class,
    sensitivity: pick(SENSITIVITY[row.sensitivity.value], locale),
    sensitivityBasis:
      basis === null ? '' : withConfidence(pick(basis, locale), row.sensitivity.confidence, locale),
    grade: gradeText(row, locale),
    review: row.grade.review === undefined ? '' : pick(row.grade.review, locale),
    confidence: pick(CONFIDENCE[row.confidence], locale),
    evidence: row.evidence
      .map((e) => `${pick(EVIDENCE_KIND[e.kind], locale)}${locale === 'zh' ? '：' : ': '}${e.matched}`)
      .join(locale === 'zh' ? '；' : '; '),
  };
}

/** The grade, then what the sector pack says (`…; finance C3: …, JR/T 0171-2020 (unverified)`). */
function gradeText(row: InventoryRow, locale: Locale): string {
  const name = gradeName(row.grade.id, locale);
  const sector = row.grade.sector;
  if (sector === undefined) return name;
  const head = `${pick(sector.sector, locale)}${sector.sectorClass !== undefined ? ` ${sector.sectorClass}` : ''}`;
  const source = withConfidence(pick(sector.source, locale), sector.confidence, locale);
  return locale === 'zh'
    ? `${name}；${head}：${pick(sector.text, locale)}（${source}）`
    : `${name}; ${head}: ${pick(sector.text, locale)} (${source})`;
}

export function gradeName(id: GradeId, locale: Locale): string {
  return pick(GRADE_NAMES[id], locale);
}

/** Titles and summary labels. */
export const LABELS = {
  title: {
    en: 'PI inventory (classification and grading list, first draft)',
    zh: '个人信息清单（数据分类分级清单初稿）',
  },
  summary: { en: 'Summary', zh: '汇总' },
  list: { en: 'Fields', zh: '字段清单' },
  notes: { en: 'Notes', zh: '说明' },
  byCategory: { en: 'Fields per category', zh: '各类别字段数' },
  byClass: { en: 'Fields per threshold class', zh: '各数量标准档次字段数' },
  byGrade: { en: 'Fields per grade', zh: '各分级字段数' },
  count: { en: 'fields', zh: '字段数' },
  totals: { en: 'Total', zh: '合计' },
  needsReview: { en: 'fields needing review', zh: '需人工复核的字段' },
  files: { en: 'files', zh: '文件数' },
} as const satisfies Record<string, Bilingual>;

/** The notes every inventory document carries: what the columns rest on and what they do not claim. */
export function inventoryNotes(
  ctx: { readonly reading: ContestedReading; readonly sector?: SectorPack },
  locale: Locale,
): string[] {
  const reading = ctx.reading;
  const art28 = citation('pipl', 'Art. 28', locale);
  const ndsmr = citation('ndsmr', 'Art. 28', locale);
  const notes: Bilingual[] = [
    {
      en:
        'A first draft built from the field names, comments and annotations of the code and schemas; it lists ' +
        'field names only, never data values. Not legal advice: a compliance officer completes and confirms it.',
      zh: '本清单根据代码和数据结构中的字段名、注释和标注生成，仅列字段名，不含任何数据值；不构成法律意见，须由合规人员补充和确认。',
    },
    {
      en:
        'Grade: pilens has not read GB/T 43697-2024, so it assigns only general data (一般数据), ranked by PIPL ' +
        `sensitivity with sensitive PI at the top (${art28}); it assigns none of the standard's numbered levels, ` +
        'and never important (重要) or core (核心) data, which turn on the catalogues of the competent authorities.',
      zh:
        `分级：本工具未查阅GB/T 43697-2024原文，仅将字段定为一般数据，并按是否属于敏感个人信息（${art28}）排序，敏感个人信息最高；` +
        '不给出该标准的具体级别编号，也从不自动认定重要数据或核心数据，是否属于重要数据取决于主管部门的目录。',
    },
    {
      en:
        `Scale: a processor handling the PI of 10,000,000 persons or more must also follow ${ndsmr} ` +
        '(the duties of important-data processors, Arts. 30 and 32). Count persons with "pilens estimate" on the data.',
      zh: `规模：处理一千万人以上个人信息的，还应遵守${ndsmr}（重要数据处理者的第三十条、第三十二条义务）。可对数据运行"pilens estimate"统计人数。`,
    },
    {
      en:
        `Sensitive PI: "yes" rests on ${art28} (verified) or on a national standard (partially verified, marked); ` +
        '"contested" where GB/T 35273-2020 Annex B and GB/T 45574-2025 disagree, graded under the ' +
        `${reading} reading.`,
      zh:
        `敏感个人信息："是"依据${art28}（已核实）或国家标准（部分核实，已标注）；GB/T 35273-2020附录B与GB/T 45574-2025不一致的标为"有争议"，` +
        `分级按${reading === 'strict' ? '严格' : '宽松'}解读。`,
    },
  ];
  if (ctx.sector !== undefined) {
    const name = ctx.sector.name;
    notes.push({
      en:
        `Sector: ${name.en} (.pilens.json "sector"). The grade column adds what the sector's rules say of a ` +
        'category, with its source and how far it was verified; the sector standards themselves are not in ' +
        "pilens's legal reference, so a mapping marked unverified must be checked. The sector's fields need review." +
        (ctx.sector.note !== undefined ? ` ${ctx.sector.note.en}` : ''),
      zh:
        `行业：${name.zh}（.pilens.json 的"sector"设置）。分级列补充该行业规则对相应类别的规定，并注明来源及核实程度；` +
        '行业标准原文不在本工具的法律资料中，标为"未经核实"的对应关系须核对。该行业的相关字段须人工复核。' +
        (ctx.sector.note?.zh ?? ''),
    });
  }
  return notes.map((n) => pick(n, locale));
}
