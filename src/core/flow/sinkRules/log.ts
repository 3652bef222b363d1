/**
 * Calls that write their arguments to a log: console, winston/pino/bunyan, Python logging,
 * SLF4J/log4j, zap/logrus-style names, and each language's own printers (sinks.ts reads them).
 */
import { ALL, CS, GO, JAVA, JS, KT, P, PY, type SinkRuleInput } from './schema.js';

const LEVELS = 'info|warn|warning|error|debug|trace|fatal|verbose|log|critical|exception';

export const LOG_SINKS: readonly SinkRuleInput[] = [
  { kind: 'log', callee: String.raw`console\.(?:log|info|warn|error|debug|trace|dir)`, languages: JS },
  {
    kind: 'log',
    callee: String.raw`${P}(?:logger|log|LOGGER|LOG|_logger|_log|winston|pino|bunyan|logging|sugar|zap|logrus)\.(?:${LEVELS})`,
    languages: ALL,
  },
  { kind: 'log', callee: String.raw`${P}getLogger\(\)\.(?:${LEVELS})`, languages: ALL },
  { kind: 'log', callee: 'print', languages: PY },
  { kind: 'log', callee: String.raw`System\.(?:out|err)\.(?:println|print|printf)`, languages: JAVA },
  // Android and Kotlin: android.util.Log, Timber, println.
  { kind: 'log', callee: String.raw`(?:Log|Timber(?:\.tag\(\))?)\.(?:v|d|i|w|e|wtf)`, languages: JAVA },
  { kind: 'log', callee: 'println|print', languages: KT },
  // Go: the standard log and fmt printers, zap (plain and sugared), logrus (chained fields too).
  {
    kind: 'log',
    callee: String.raw`(?:log|slog)\.(?:Print|Printf|Println|Fatal|Fatalf|Fatalln|Panic|Panicf|Info|Warn|Error|Debug)|fmt\.(?:Print|Printf|Println)`,
    languages: GO,
  },
  {
    kind: 'log',
    callee: String.raw`${P}(?:logger|log|Logger|Log|sugar|zap|logrus|zlog|slog|l)(?:\.(?:With|WithField|WithFields|WithError|Sugar)\(\))*\.(?:Debug|Info|Warn|Error|DPanic|Panic|Fatal|Trace|Print)(?:f|w|ln)?`,
    languages: GO,
  },
  // zerolog: an event from a level, fields added down the chain, sent by `Msg`/`Msgf`/`Send`
  // (the chained fields reach it as a chained logger's do).
  {
    kind: 'log',
    callee: String.raw`${P}(?:log|logger|Logger|Log|zlog|zl|l)\.(?:Trace|Debug|Info|Warn|Error|Fatal|Panic|Log|Err|WithLevel)\(\)(?:\.\w+\(\))*\.(?:Msg|Msgf|Send)`,
    languages: GO,
  },
  // .NET: Microsoft.Extensions.Logging, Serilog, NLog, Console.
  {
    kind: 'log',
    callee: String.raw`${P}(?:_?logger|_?log|Log|Logger)\.(?:Log(?:Information|Debug|Warning|Error|Critical|Trace)|Information|Debug|Warning|Error|Fatal|Verbose|Info|Warn|Trace)|Console\.(?:WriteLine|Write)`,
    languages: CS,
  },
];
