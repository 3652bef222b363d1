/**
 * The top-level usage text, apart from the subcommands' (help.ts): `pilens --help` loads no
 * subcommand bundle.
 */
export const MAIN_HELP = `pilens — personal-information fields and the PRC law that applies to them

Usage:
  pilens scan [paths…] [options]        find PI fields in code and schemas
  pilens baseline [paths…] [--reason T] accept today's findings (.pilens-baseline.json)
  pilens estimate <file|folder…> […]    estimate a dataset's criminal-law risk tier
  pilens inventory [paths…] [options]   the PI inventory as CSV, XLSX, Markdown or JSON
  pilens report ropa|pia [paths…] […]   drafts: record of processing activities, impact assessment
  pilens lsp --stdio                    language server for any LSP editor
  pilens --help | --version

Run "pilens <command> --help" for a command's options.
Exit codes: 0 success, 1 findings at or above --fail-on, 2 bad usage, unreadable input or invalid config.
`;
