/** Usage texts, printed by `--help` and after a usage error hint. */
import { formatChoices } from '../core/report/formats.js';
import { INVENTORY_FORMATS } from '../node/report/inventoryFormats.js';
import { REPORT_FORMATS } from '../node/report/reportFormats.js';
import { SCAN_FORMATS } from './scanFormats.js';

export const SCAN_HELP = `Usage: pilens scan [paths…] [options]

Scans files and directories (default: the current directory), honouring .gitignore and the
"ignore" patterns of .pilens.json; binary files and files above the size cap are skipped
with a note on stderr.

Options:
  --format ${formatChoices(SCAN_FORMATS)}   output format (default: text)
  --config FILE           configuration (default: .pilens.json in the cwd or repository root)
  --since GIT_REF         report only lines added or changed since GIT_REF (working tree and
                          untracked files included, renames followed)
  --staged                scan what the next commit records: the staged content read from
                          the git index (never the working tree), reporting only the lines
                          the commit adds or changes (for pre-commit hooks)
  --fail-on A|B|C|none    exit 1 when a reported finding is of this class or above
                          (A is the highest; default: none)
  --baseline FILE         report only findings not in FILE (default: .pilens-baseline.json
                          when it exists); stale entries are listed
  --no-baseline           ignore any baseline
  --flows                 also trace where personal information goes (TypeScript/JavaScript,
                          Python, Java, Go, Kotlin, C#): to logs, clients, third-party SDKs,
                          queues, exports and caches;
                          adds "flows" to JSON, codeFlows to SARIF and a data map to Markdown
                          (--format datamap: the data map alone, with a Mermaid diagram)
  --max-file-size-kb N    skip larger files (default: 1024)
  -h, --help              this help

Output: positions are 1-based (columns in UTF-16 code units, end column exclusive); paths
are relative to the current directory. SARIF levels: class A error, B warning, C note (one
step lower for usages and de-identified fields). GitHub code scanning shows at most 5,000
results per run: past that, SARIF keeps the 5,000 highest by class and says how many it left
out (JSON and CSV list every finding). CI formats: gitlab-sast (GitLab security report),
codequality (GitLab Code Quality), junit (JUnit XML); class A high, B medium, C low.
`;

export const BASELINE_HELP = `Usage: pilens baseline [paths…] [options]

Records today's findings with their fingerprints in .pilens-baseline.json, so later scans
report only new ones. Reasons already recorded are kept for findings still present.

Options:
  --reason TEXT           why these findings are accepted (applied to newly recorded ones)
  --baseline FILE         the baseline file to write (default: .pilens-baseline.json)
  --config FILE           configuration (default: .pilens.json)
  --max-file-size-kb N    skip larger files (default: 1024)
  -h, --help              this help
`;

export const INVENTORY_HELP = `Usage: pilens inventory [paths…] [options]

Lists every declared PI field of the code and schemas (default: the current directory), one
row per field: file, line, owner, field, category, threshold class, PIPL sensitivity with the
instrument that says so, grade (general data, sensitive PI at the top; important or core data
never assigned), detection confidence and evidence. Field names only, never data values.

Options:
  --format ${formatChoices(INVENTORY_FORMATS)}   document format (default: from --out's extension,
                          else markdown); xlsx needs --out
  -o, --out FILE          write to FILE instead of standard output
  --locale auto|en|zh-CN  language of headers and notes (default auto: LC_ALL, LC_MESSAGES, LANG)
  --contested-reading strict|lenient
                          grade fields whose sensitivity the standards dispute as sensitive
                          (strict, the default) or not
  --estimate FILE         a result of "pilens estimate --format json" (repeatable): its persons,
                          pieces, tier and duties get a section (not in CSV)
  --config FILE           configuration (default: .pilens.json in the cwd or repository root)
  --max-file-size-kb N    skip larger files (default: 1024)
  -h, --help              this help

CSV is UTF-8 with a byte-order mark (for Excel and WPS), RFC 4180 quoting, and cells that a
spreadsheet would run as a formula (= + - @) prefixed with an apostrophe.
Exit codes: 0 written, 2 bad usage or some input unreadable (the inventory of the rest is written).
`;

export const REPORT_HELP = `Usage: pilens report ropa|pia [paths…] [options]

Drafts a compliance document from what pilens knows, for a compliance officer to complete:
  ropa   record of personal-information processing activities
  pia    PI protection impact assessment (PIPL Art. 55–56)
Pre-filled: the PI categories the code and schemas declare (default: the current directory),
where they are held, their sensitivity and grade, and with --estimate the datasets' persons,
pieces, quantity standards and duties, each with its source. Left as marked blanks: purpose,
legal basis, data subjects, retention, recipients, cross-border provision, security measures,
the conclusion. Categories, counts and locations only, never a data value. Not legal advice.

Options:
  --format ${formatChoices(REPORT_FORMATS)}   document format (default: from --out's extension,
                          else markdown); docx needs --out
  -o, --out FILE          write to FILE instead of standard output
  --estimate FILE         a result of "pilens estimate --format json" (repeatable)
  --locale auto|en|zh-CN  language (default auto: LC_ALL, LC_MESSAGES, LANG)
  --contested-reading strict|lenient
                          grade fields whose sensitivity the standards dispute (default strict)
  --config FILE           configuration (default: .pilens.json in the cwd or repository root)
  --max-file-size-kb N    skip larger files (default: 1024)
  -h, --help              this help

Exit codes: 0 written, 2 bad usage, an unreadable or invalid --estimate file, or some input
unreadable (the draft of the rest is written).
`;
