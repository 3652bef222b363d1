/**
 * The usage text of `pilens estimate`, printed by `--help`. Apart from help.ts as mainHelp.ts is:
 * the estimate bundle (dist/cli-estimate.js) then parses no formatter of the other commands.
 */
import { ESTIMATE_FORMATS, formatChoices } from '../core/report/formats.js';

/** The synopsis (the first lines of --help). */
export const ESTIMATE_USAGE =
  `usage: pilens estimate <file|folder…> [--format ${formatChoices(ESTIMATE_FORMATS)}] [--insider] [--gains CNY] ` +
  '[--conduct hold|provide|obtain|business-purchase] [--no-dedupe] [--map column=category…] [--encoding E] ' +
  '[--prior-record] [--whereabouts-used-in-crime] [--known-criminal-recipient] [--key column] [--delimiter C] ' +
  '[--contested-reading strict|lenient] [--workers N] [--max-temp-gb N] [--engine builtin|duckdb] [--config F]\n' +
  '       pilens estimate <postgresql://…|mysql://…|sqlite:…> --table NAME… [--query SQL] [--timeout S] [options]\n' +
  '       pilens estimate [schema.sql] --table NAME (--emit-sql DIALECT [--exact] | --counts FILE) [options]';

/** Counting where the data lives (printed by --help; README "Databases and warehouses"). */
export const ESTIMATE_DATABASE =
  'Databases (counted where the data lives; only one row of aggregates leaves the database):\n' +
  '  pilens estimate <url> --table NAME… [--query "SELECT …"] [--timeout SECONDS]\n' +
  '    url: postgresql://user[:password]@host[:port]/db, mysql:// or mariadb://…, sqlite:PATH (SQLite files are\n' +
  '    opened read-only; a local file has no statement timeout). Put the password in PGPASSWORD rather than the URL where you can;\n' +
  '    it is never printed (every message masks it). Columns are mapped from their names, types and catalog\n' +
  '    comments plus an engine-side sample (TABLESAMPLE SYSTEM, ORDER BY RAND() LIMIT); --map overrides.\n' +
  '    One read-only transaction, no temporary tables, a statement timeout (--timeout, default 300 s).\n' +
  '    Exit 2 with one line: unreachable host, wrong password, unknown table, no permission, timeout, unsupported engine.\n' +
  '    Ctrl-C stops the running statement on the server (pg_cancel_backend, KILL QUERY), then exits 130; a SQLite\n' +
  "    statement cannot be stopped midway (SQLite's WebAssembly build has no interrupt): Ctrl-C ends the process.\n" +
  'Engines pilens does not connect to (the columns from a DDL file, or --table NAME with --map):\n' +
  '  pilens estimate [schema.sql] --table NAME --emit-sql DIALECT [--exact]   prints the counting query\n' +
  '    DIALECT: trino, spark (Spark SQL / Hive), clickhouse, maxcompute, bigquery, snowflake, duckdb, postgres,\n' +
  "    mysql, sqlite. Persons use the engine's approximate distinct where it has one, labelled with its error;\n" +
  '    pieces and the tier are always exact; --exact counts persons with COUNT(DISTINCT).\n' +
  '  pilens estimate [schema.sql] --table NAME --counts result.json|csv   reads its one-row result into the report\n' +
  'Big CSV and Parquet files: --engine duckdb hands them to DuckDB (when `@duckdb/node-api` is installed beside\n' +
  '  pilens) with the counting query of --emit-sql duckdb; each file is profiled as the built-in reader profiles it,\n' +
  '  so the report is the same (malformed rows skipped and counted alike). UTF-8 CSV with a header row, and\n' +
  "  Parquet; anything else is one line and exit 2. Quoted globs ('data/*.parquet') work with either engine.";

/**
 * The legal questions, in the statute's words rather than paraphrases such as "insider"
 * (printed by --help): Art. 5(1)(8) duties or services, Art. 6 lawful-business purchase,
 * Art. 5(1)(1)–(2) use in crime.
 */
export const ESTIMATE_OPTIONS =
  'Assessment options (法释〔2017〕10号):\n' +
  '  --conduct C                   hold (default), provide (sell or provide), obtain (illegally obtain),\n' +
  '                                business-purchase (illegally buy or receive class-C PI for a lawful business, Art. 6)\n' +
  '  --insider                     obtained while performing duties or providing services: half the standards\n' +
  '                                when sold or provided (Art. 5(1)(8)); heavier punishment (Criminal Law Art. 253-1(2))\n' +
  '  --gains CNY                   illegal gains (违法所得, Art. 5(1)(7)), or for business-purchase the profit\n' +
  '                                (获利, Art. 6(1)(1))\n' +
  '  --prior-record                a criminal punishment, or an administrative penalty within two years, for\n' +
  '                                infringing PI (Art. 5(1)(9), 6(1)(2))\n' +
  '  --whereabouts-used-in-crime   whereabouts sold or provided were used by another in a crime (Art. 5(1)(1))\n' +
  '  --known-criminal-recipient    supplied to someone known, or who should have been known, to use PI for\n' +
  '                                crimes (Art. 5(1)(2))\n' +
  '  --contested-reading strict|lenient\n' +
  "                                the reading of contested classes (default: .pilens.json's contestedReading,\n" +
  '                                else strict, the lower threshold); --contested, its old name, still works';

/** Where the team's decisions come from (printed by --help). */
export const ESTIMATE_CONFIG =
  'Columns are mapped by --map first, then by the team decisions of .pilens.json ("decisions": owner = the\n' +
  "file name without extension, or the dump's table, or *), then by their names and values.\n" +
  '  --config FILE                 configuration (default: .pilens.json in the cwd or repository root)\n' +
  '  -h, --help                    this help';

/** What the exit code and stdout mean (printed by --help; README "Command line"). */
export const ESTIMATE_EXIT =
  'Exit codes: 0 every file read to its end; 2 bad usage, no dataset file, an unknown --map/--key column, or a file\n' +
  'not read (or not to its end: truncated, corrupt, over the decompression caps). Each problem is one line on stderr\n' +
  'naming the file; the report of the files that were read still goes to stdout, its counts then a lower bound.\n' +
  'Only regular files are read (not pipes, FIFOs or devices). Counting distinct records may write encrypted\n' +
  'temporary files (in TMPDIR, removed at the end), at most --max-temp-gb (default 10) in all: past that, or when\n' +
  'the disk is full, the run stops with exit 2 and one line naming the file being counted.';

/** Everything `pilens estimate --help` prints. */
export const ESTIMATE_HELP = `${ESTIMATE_USAGE}\n\n${ESTIMATE_DATABASE}\n\n${ESTIMATE_OPTIONS}\n\n${ESTIMATE_CONFIG}\n\n${ESTIMATE_EXIT}\n`;
