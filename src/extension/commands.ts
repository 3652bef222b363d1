/**
 * Every command id pilens contributes. A meta test keeps this object and package.json's
 * `contributes.commands` equal, so an id is never declared in one place only.
 */
export const COMMANDS = {
  annotate: 'pilens.annotate',
  markNotPi: 'pilens.markNotPi',
  recordDecision: 'pilens.recordDecision',
  ignoreLine: 'pilens.ignoreLine',
  markAnonymized: 'pilens.markAnonymized',
  markDeidentified: 'pilens.markDeidentified',
  explainFinding: 'pilens.explainFinding',
  showLog: 'pilens.showLog',
  showInventory: 'pilens.showInventory',
  exportInventory: 'pilens.exportInventory',
  showDataMap: 'pilens.showDataMap',
  draftRopa: 'pilens.draftRopa',
  draftPia: 'pilens.draftPia',
  estimateRiskTier: 'pilens.estimateRiskTier',
  estimateDatabaseTable: 'pilens.estimateDatabaseTable',
  reviewChanges: 'pilens.reviewChanges',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Commands a hover's Markdown may run; anything else in a link is ignored by VS Code. */
export const HOVER_COMMANDS: readonly CommandId[] = [
  COMMANDS.explainFinding,
  COMMANDS.annotate,
  COMMANDS.markNotPi,
  COMMANDS.ignoreLine,
  COMMANDS.markAnonymized,
  COMMANDS.markDeidentified,
  COMMANDS.estimateRiskTier,
];
