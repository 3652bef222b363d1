// The one formatter registry (core/report/formats.ts): every command's --format choices, help,
// export names and filters come from its lists, and each formatter is the renderer it names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESTIMATE_USAGE } from '../../../src/cli/estimateHelp.js';
import { formatJson } from '../../../src/cli/format/json.js';
import { SCAN_HELP } from '../../../src/cli/help.js';
import { parseScanArgs } from '../../../src/cli/scanArgs.js';
import { SCAN_FORMATS } from '../../../src/cli/scanFormats.js';
import { formatCsv } from '../../../src/core/report/csv.js';
import {
  ESTIMATE_EXPORT_FORMATS,
  ESTIMATE_FORMATS,
  exportFileName,
  findFormat,
  formatChoices,
  formatIds,
  saveFilters,
} from '../../../src/core/report/formats.js';
import { INVENTORY_FORMATS } from '../../../src/node/report/inventoryFormats.js';
import { REPORT_FORMATS } from '../../../src/node/report/reportFormats.js';
import { sampleReport } from './sampleReport.js';

const LISTS = { SCAN_FORMATS, ESTIMATE_FORMATS, INVENTORY_FORMATS, ESTIMATE_EXPORT_FORMATS, REPORT_FORMATS };

describe('formatter registry', () => {
  for (const [name, list] of Object.entries(LISTS)) {
    it(`${name}: ids unique, extensions without a dot, both description languages`, () => {
      assert.equal(new Set(formatIds(list)).size, list.length);
      for (const f of list) {
        assert.match(f.extension, /^[a-z]+$/);
        assert.ok(f.description.en.length > 0 && f.description.zh.length > 0);
        assert.doesNotMatch(
          f.description.zh,
          /[A-Za-z]*[a-z][A-Za-z]*[a-z]/,
          `${f.id}: English in the Chinese description`,
        );
      }
    });
  }

  it('scan: --format accepts exactly the registry ids, and help lists them', () => {
    for (const id of formatIds(SCAN_FORMATS)) assert.equal(parseScanArgs(['--format', id]).format, id);
    assert.throws(
      () => parseScanArgs(['--format', 'xml']),
      /--format must be one of text\|json\|sarif\|markdown\|csv\|datamap\|gitlab-sast\|codequality\|junit, got "xml"/,
    );
    assert.ok(SCAN_HELP.includes(`--format ${formatChoices(SCAN_FORMATS)} `));
  });

  it('estimate: usage lists the registry ids', () => {
    assert.ok(ESTIMATE_USAGE.includes('[--format text|json|markdown|gitlab-sast|codequality|junit]'));
  });

  it('the editor exports estimates without the terminal text form', () => {
    assert.deepEqual(formatIds(ESTIMATE_EXPORT_FORMATS), ['json', 'markdown']);
  });

  it('file names and save filters come from the formatter', () => {
    const csv = findFormat(INVENTORY_FORMATS, 'csv');
    const md = findFormat(INVENTORY_FORMATS, 'markdown');
    assert.ok(csv && md);
    assert.equal(exportFileName('pi-inventory', csv), 'pi-inventory.csv');
    assert.equal(exportFileName('pi-inventory', md), 'pi-inventory.md');
    assert.deepEqual(saveFilters(md), { Markdown: ['md'] });
    assert.equal(findFormat(INVENTORY_FORMATS, 'sarif'), undefined);
  });

  it('each formatter renders what its renderer renders', async () => {
    const report = sampleReport();
    const ctx = { cwd: '/work/repo', version: '0.1.0' };
    assert.equal(await findFormat(SCAN_FORMATS, 'json')?.render(report, ctx), formatJson(report));
    assert.equal(await findFormat(SCAN_FORMATS, 'csv')?.render(report, ctx), formatCsv(report));
    assert.notEqual(await findFormat(SCAN_FORMATS, 'text')?.render(report, ctx), formatJson(report));
  });
});
