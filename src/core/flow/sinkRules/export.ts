/**
 * Calls that write their arguments to a file: file writes, CSV and Excel writers (sinks.ts
 * reads them; writers known by the call that made them are in writers.ts).
 */
import { ALL, CS, GO, JAVA, JS, P, type SinkRuleInput } from './schema.js';

export const EXPORT_SINKS: readonly SinkRuleInput[] = [
  {
    kind: 'export',
    callee: String.raw`(?:fs|fsp|fs\.promises)\.(?:writeFile|writeFileSync|appendFile|appendFileSync)`,
    languages: JS,
  },
  // The file-system writers imported by name, called without their module (`writeFileSync(path, rows)`).
  { kind: 'export', callee: 'writeFileSync|appendFileSync|writeFile|appendFile', languages: JS },
  {
    kind: 'export',
    callee: String.raw`${P}(?:csvWriter|writer|csv_writer|csvStream|sheet|worksheet|ws)\.(?:writeRecords|writerow|writerows|writeRow|addRow|addRows|append)`,
    languages: ALL,
  },
  // Commons CSV's printer; .NET and Java file writes of a formatted line or text; excelize rows.
  {
    kind: 'export',
    callee: String.raw`${P}(?:printer|csvPrinter|csvPrint)\.(?:printRecord|printRecords)`,
    languages: JAVA,
  },
  {
    kind: 'export',
    callee: String.raw`${P}File\.(?:WriteAllText|AppendAllText|WriteAllLines|AppendAllLines)(?:Async)?`,
    languages: CS,
  },
  { kind: 'export', callee: String.raw`Files\.(?:write|writeString)`, languages: JAVA },
  // Hutool's `FileUtil` and Commons IO's `FileUtils`: lines or text written to a file.
  {
    kind: 'export',
    callee: String.raw`(?:FileUtil\.(?:write|append)(?:Utf8)?(?:Lines|String)|FileUtils\.(?:writeLines|writeStringToFile|write))`,
    languages: JAVA,
  },
  {
    kind: 'export',
    callee: String.raw`${P}(?:SetSheetRow|SetSheetCol|SetCellValue|SetCellStr)`,
    languages: GO,
  },
  {
    kind: 'export',
    callee: String.raw`${P}to_csv|${P}to_excel`,
    languages: ALL,
  },
  // SheetJS: the rows made into a sheet (`XLSX.utils.json_to_sheet(rows)`) and the sheet into a
  // book (`book_append_sheet`, calls.ts `into-first`) are written by `XLSX.writeFile(book, path)`:
  // the sheet itself is no file yet, and may go nowhere.
  { kind: 'export', callee: String.raw`XLSX\.(?:writeFile|writeFileXLSX|writeFileAsync)`, languages: JS },
  {
    kind: 'export',
    callee: String.raw`${P}(?:EasyExcel|ExcelWriter|excelWriter)\.(?:write|writeRow|doWrite)|EasyExcel\.write\(\)\.\w+|EasyExcel\.write\(\)(?:\.\w+\(\))+\.(?:doWrite|doFill|write)`,
    languages: JAVA,
  },
  // .NET: CsvHelper's writer.
  {
    kind: 'export',
    callee: String.raw`${P}(?:csv|_?csvWriter|_?writer)\.(?:WriteRecords|WriteRecordsAsync|WriteRecord)`,
    languages: CS,
  },
];
