/**
 * `pilens inventory --format …` and the editor's inventory export: one list for both hosts
 * (core/report/formats.ts). Here, not in core, because the workbook needs exceljs.
 */
import { inventoryToCi } from '../../core/report/ci/ciFromInventory.js';
import { ciFormats } from '../../core/report/ci/ciFormats.js';
import { ciContext, type Formatter } from '../../core/report/formats.js';
import {
  formatInventoryCsv,
  formatInventoryJson,
  formatInventoryMarkdown,
  type InventoryContext,
} from '../../core/report/inventoryRender.js';
import type { Inventory } from '../../core/report/inventoryRows.js';
import { formatInventoryXlsx } from './inventoryXlsx.js';

export const INVENTORY_FORMATS: readonly Formatter<Inventory, InventoryContext>[] = [
  {
    id: 'csv',
    extension: 'csv',
    label: 'CSV',
    description: { en: 'one row per field, for spreadsheets', zh: '每个字段一行，适用于电子表格' },
    render: formatInventoryCsv,
  },
  {
    id: 'xlsx',
    extension: 'xlsx',
    label: 'Excel',
    description: { en: 'a workbook: summary and list sheets', zh: '工作簿：汇总表和清单表' },
    render: formatInventoryXlsx,
  },
  {
    id: 'markdown',
    extension: 'md',
    label: 'Markdown',
    description: { en: 'a document to read or attach', zh: '可阅读或附送的文档' },
    render: formatInventoryMarkdown,
  },
  {
    id: 'json',
    extension: 'json',
    label: 'JSON',
    description: { en: 'rows and counts, for scripts', zh: '供脚本使用的行和计数' },
    render: formatInventoryJson,
  },
  ...ciFormats<Inventory, InventoryContext>((inventory) => inventoryToCi(inventory), ciContext),
];
