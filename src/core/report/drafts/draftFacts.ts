/**
 * The pre-filled parts that both drafts share: the categories the code declares (from the
 * inventory), the datasets counted (from estimate results), the duties those figures reach and
 * the caveats. Every table is followed by a `source` block saying where its figures came from.
 */
import { CAVEATS } from '../../law/tierText.js';
import { formatCount, type Locale } from '../../law/format.js';
import { categoryLabel } from '../../law/labels.js';
import type { ContestedReading, LegalClass } from '../../law/schema.js';
import { ratioLine, tierHeadline } from '../../law/tierLine.js';
import { compareClass } from '../finding.js';
import type { Inventory, InventoryRow } from '../inventoryRows.js';
import { gradeName } from '../inventoryText.js';
import type { DraftBlock } from './draftDoc.js';
import { COLS, HEADINGS, mark } from './draftText.js';
import type { EstimateResult } from './estimateInput.js';

/** What a draft is built from. */
export interface DraftInput {
  readonly inventory: Inventory;
  readonly estimates: readonly EstimateResult[];
  /** The paths scanned for the inventory, as the user gave them (`.` for the current folder). */
  readonly scanned: readonly string[];
  readonly reading: ContestedReading;
  readonly locale: Locale;
  readonly version: string;
}

/** What the dataset parts need: the inventory folds them in too. */
export type DatasetFacts = Pick<DraftInput, 'estimates' | 'locale'>;

/** Files listed per category before "and N more": the inventory lists every field. */
const MAX_FILES = 5;

const t = (text: { en: string; zh: string }, l: Locale): string => text[l];

/** One category of the inventory, as a row of the "held" table. */
export interface HeldCategory {
  readonly key: string;
  readonly class: LegalClass;
  readonly rows: readonly InventoryRow[];
  /** Any field of it graded sensitive (the reading decides a contested one). */
  readonly sensitive: boolean;
}

/** The inventory's categories, class A first, then key. */
export function heldCategories(inventory: Inventory): HeldCategory[] {
  const groups = new Map<string, InventoryRow[]>();
  for (const row of inventory.rows) {
    const list = groups.get(row.category.key) ?? [];
    list.push(row);
    groups.set(row.category.key, list);
  }
  return [...groups.entries()]
    .map(([key, rows]) => ({
      key,
      class: rows[0]?.class ?? 'C',
      rows,
      sensitive: rows.some((r) => r.grade.id === 'general_sensitive'),
    }))
    .sort((a, b) => compareClass(a.class, b.class) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** `行踪轨迹 whereabouts` in either language, with the key for scripts. */
export function categoryName(key: string, l: Locale): string {
  const label = categoryLabel(key);
  return l === 'zh' ? `${label.zh}（${key}）` : `${label.en} (${key})`;
}

function sensitivityCell(c: HeldCategory, l: Locale): [string, string] {
  // A category holds one sensitivity, except minors' fields (always sensitive): show the strongest.
  const row = c.rows.find((r) => r.sensitivity.value === 'yes') ?? c.rows[0];
  if (row === undefined) return ['', ''];
  const value = {
    yes: { en: 'yes', zh: '是' },
    no: { en: 'no', zh: '否' },
    contested: { en: 'contested', zh: '有争议' },
  }[row.sensitivity.value];
  const conf = row.sensitivity.confidence;
  const basis = row.sensitivity.standard === null ? '' : t(row.sensitivity.standard, l);
  return [t(value, l), conf === 'verified' || basis === '' ? basis : `${basis}${mark(conf, l)}`];
}

function whereCell(c: HeldCategory, l: Locale): string {
  const files = [...new Set(c.rows.map((r) => r.file))];
  const shown = files.slice(0, MAX_FILES).join(l === 'zh' ? '；' : '; ');
  const more = files.length - MAX_FILES;
  if (more <= 0) return shown;
  return l === 'zh'
    ? `${shown}；另有${more}个文件`
    : `${shown}; and ${more} more file${more === 1 ? '' : 's'}`;
}

function scannedText(input: DraftInput): string {
  return input.scanned.length === 0 ? '.' : input.scanned.join(', ');
}

/** The "held" table: one row per category the code and schemas declare. */
export function heldSection(input: DraftInput): DraftBlock[] {
  const l = input.locale;
  const cats = heldCategories(input.inventory);
  const source: DraftBlock = {
    kind: 'source',
    text:
      l === 'zh'
        ? `来源：pilens ${input.version} 对 ${scannedText(input)} 的清单（字段名、注释和标注；仅声明的字段），共${formatCount(input.inventory.summary.fields)}个字段、${formatCount(input.inventory.summary.files)}个文件；逐字段清单见 pilens inventory。分级按${input.reading === 'strict' ? '严格' : '宽松'}解读。`
        : `Source: pilens ${input.version} inventory of ${scannedText(input)} (field names, comments and annotations; declared fields only): ${formatCount(input.inventory.summary.fields)} fields in ${formatCount(input.inventory.summary.files)} files; the per-field list is "pilens inventory". Graded under the ${input.reading} reading.`,
  };
  if (cats.length === 0) {
    return [
      {
        kind: 'paragraph',
        text:
          l === 'zh'
            ? '所扫描的代码和数据结构中未发现个人信息字段。请确认扫描范围是否完整。'
            : 'No personal-information field was found in the code and schemas scanned. Check that the scan covered them all.',
      },
      source,
    ];
  }
  return [
    {
      kind: 'table',
      header: [
        COLS.category,
        COLS.class,
        COLS.sensitive,
        COLS.basis,
        COLS.grade,
        COLS.fields,
        COLS.where,
      ].map((c) => t(c, l)),
      rows: cats.map((c) => {
        const [sensitive, basis] = sensitivityCell(c, l);
        const top = c.sensitive ? 'general_sensitive' : 'general_personal';
        return [
          categoryName(c.key, l),
          c.class,
          sensitive,
          basis,
          gradeName(top, l),
          c.rows.length,
          whereCell(c, l),
        ];
      }),
    },
    source,
  ];
}

function personsText(e: EstimateResult, l: Locale): string {
  const n = formatCount(e.persons);
  if (e.personsKeyed) return n;
  return l === 'zh'
    ? `不超过${n}（无人员标识列，按不重复记录计）`
    : `at most ${n} (no person key: distinct records)`;
}

/** The datasets table: one row per estimate result, each with its source file. */
export function datasetsSection(input: DatasetFacts): DraftBlock[] {
  const l = input.locale;
  if (input.estimates.length === 0) {
    return [
      {
        kind: 'paragraph',
        text:
          l === 'zh'
            ? '未提供估算结果（--estimate）：数据集的人数和条数未知。对每个数据集运行 pilens estimate --format json 并将结果文件传入即可预填本节。'
            : 'No estimate result was given (--estimate): the persons and pieces of the datasets are unknown. Run "pilens estimate --format json" on each dataset and pass the result files to pre-fill this part.',
      },
    ];
  }
  const blocks: DraftBlock[] = [
    {
      kind: 'table',
      header: [
        COLS.result,
        COLS.inputs,
        COLS.records,
        COLS.persons,
        COLS.pieces,
        COLS.categories,
        COLS.standard,
      ].map((c) => t(c, l)),
      rows: input.estimates.map((e) => [
        e.source,
        partsText(e, l),
        e.records,
        personsText(e, l),
        `${formatCount(e.pieces.A)} / ${formatCount(e.pieces.B)} / ${formatCount(e.pieces.C)}`,
        Object.keys(e.byCategory)
          .map((k) => categoryName(k, l))
          .join(l === 'zh' ? '；' : '; '),
        `${tierHeadline(e.assessment, e.assessment.conduct, l)}${l === 'zh' ? '；' : '; '}${ratioLine(e.assessment, e.assessment.conduct, l)}`,
      ]),
    },
    {
      kind: 'source',
      text:
        l === 'zh'
          ? `来源：各行所列估算结果文件（pilens estimate --format json）。条数按《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）计算，人数为不重复的自然人。`
          : 'Source: the estimate result file named in each row (pilens estimate --format json). Pieces are counted for 法释〔2017〕10号; persons are distinct natural persons.',
    },
  ];
  const incomplete = input.estimates.filter((e) => e.parts.some((p) => p.incomplete));
  if (incomplete.length > 0)
    blocks.push({
      kind: 'caveat',
      text:
        l === 'zh'
          ? `${incomplete.map((e) => e.source).join('、')}中有文件未读完：其数字为下限。`
          : `${incomplete.map((e) => e.source).join(', ')}: some files were not read to their end; the figures are a lower bound.`,
    });
  return blocks;
}

function partsText(e: EstimateResult, l: Locale): string {
  const files = e.parts.map((p) => p.file);
  const shown = files.slice(0, MAX_FILES).join(l === 'zh' ? '；' : '; ');
  const more = files.length - MAX_FILES;
  if (more <= 0) return shown;
  return l === 'zh' ? `${shown}；另有${more}个` : `${shown}; and ${more} more`;
}

/** The duties the estimates reach, each once, with the results that reach it and its confidence. */
export function dutiesSection(input: DatasetFacts): DraftBlock[] {
  const l = input.locale;
  if (input.estimates.length === 0) return [];
  const byId = new Map<string, { text: string; confidence: string; sources: string[] }>();
  for (const e of input.estimates) {
    for (const d of e.duties) {
      const entry = byId.get(d.id) ?? {
        text: l === 'zh' ? d.zh : d.en,
        confidence: d.confidence,
        sources: [],
      };
      entry.sources.push(e.source);
      byId.set(d.id, entry);
    }
  }
  const items = [...byId.values()].map((d) => {
    const conf =
      d.confidence === 'partial' && !/partially verified|部分核实/i.test(d.text) ? mark('partial', l) : '';
    return l === 'zh'
      ? `${d.text}${conf}（来源：${d.sources.join('、')}）`
      : `${d.text}${conf} (source: ${d.sources.join(', ')})`;
  });
  const offences = input.estimates.flatMap((e) =>
    e.relatedOffences.map((o) =>
      l === 'zh'
        ? `${o.zh}（${formatCount(o.records)}条记录；来源：${e.source}）`
        : `${o.en} (${formatCount(o.records)} records; source: ${e.source})`,
    ),
  );
  return [{ kind: 'bullets', items: [...items, ...offences] }];
}

/** The caveats every draft carries; those about tiers only when an estimate is folded in. */
export function caveatBlocks(input: DraftInput): DraftBlock[] {
  const l = input.locale;
  const text: string[] = [
    l === 'zh'
      ? '本文件为 pilens 自动生成的草稿，不构成法律意见；预填内容须由合规人员逐项核对，标有【待填写】的事项须由相关人员填写。'
      : 'A draft generated by pilens, not legal advice: a compliance officer must check every pre-filled item, and the people responsible must answer every item marked [TO BE COMPLETED].',
    l === 'zh'
      ? '本文件仅含类别、数量和位置，不含任何数据值。'
      : 'It holds categories, counts and locations only, never a data value.',
    l === 'zh'
      ? '分级：本工具未查阅GB/T 43697-2024原文，仅将字段定为一般数据并按是否属于敏感个人信息排序；是否属于重要数据或核心数据须按主管部门的目录判断。'
      : 'Grade: pilens has not read GB/T 43697-2024; it assigns only general data (一般数据), ranked by PIPL sensitivity; whether data is important or core turns on the catalogues of the competent authorities.',
    l === 'zh'
      ? '标注"部分核实"的依据来自二手资料（官方问答、新闻或律所文章）；标注"未经核实"的未在本工具的资料中找到；"有争议"表示国家标准或司法实践存在分歧，已注明所采用的解读。'
      : '"Partially verified" marks a point resting on secondary sources (official Q&A, news, law-firm notes); "unverified", one not found in pilens\'s sources; "contested", a point on which the national standards or the courts disagree, with the reading used named.',
  ];
  const contested = input.inventory.rows.filter((r) => r.sensitivity.value === 'contested');
  if (contested.length > 0) {
    const keys = [...new Set(contested.map((r) => r.category.key))].map((k) => categoryName(k, l));
    text.push(
      l === 'zh'
        ? `敏感性有争议的类别：${keys.join('、')}（GB/T 35273-2020附录B与GB/T 45574-2025不一致），按${input.reading === 'strict' ? '严格' : '宽松'}解读分级。`
        : `Sensitivity contested for: ${keys.join(', ')} (GB/T 35273-2020 Annex B and GB/T 45574-2025 disagree); graded under the ${input.reading} reading.`,
    );
  }
  if (input.estimates.length > 0) {
    for (const note of [CAVEATS.estimate, CAVEATS.elements, CAVEATS.hold, CAVEATS.counting])
      text.push(note[l]);
    text.push(
      l === 'zh'
        ? '行政义务按自然人人数计算，刑事数量标准按信息条数计算，两者不可混用；跨境、个人信息保护负责人、合规审计频次和人脸识别备案的人数标准为部分核实。'
        : 'Administrative duties count natural persons; criminal quantity standards count pieces of information; the two never mix. The persons thresholds for cross-border provision, the PI protection officer, the audit frequency and face-recognition filing are partially verified.',
    );
  }
  return text.map((t) => ({ kind: 'caveat', text: t }));
}

export { HEADINGS };
