/**
 * exceljs, behind one module that the build bundles on its own (dist/xlsxlib.js) and the other
 * bundles load only when a workbook is written: inlined, its ~2.8 MB would be parsed by every
 * CLI start and every scan worker (measured: +0.15 s per start).
 */
import ExcelJS from 'exceljs';

export const Workbook = ExcelJS.Workbook;
export type Workbook = InstanceType<typeof ExcelJS.Workbook>;
