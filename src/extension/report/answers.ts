import * as vscode from 'vscode';
import type { Conduct, Tier } from '../../core/law/tiers.js';
import { questionsThatMatter } from './questions.js';

/**
 * What the assessment asks the user: the facts 法释〔2017〕10号 Art. 5–6 turn on (conduct, duties
 * or services, gains, prior record); remembered per workspace.
 */
export interface EstimateAnswers {
  readonly conduct: Conduct;
  readonly insider: boolean;
  readonly gainsCny?: number | undefined;
  readonly priorRecord: boolean;
  /** Art. 5(1)(1): whereabouts sold or provided and used by another in a crime; absent when not asked. */
  readonly whereaboutsUsedInCrime?: boolean | undefined;
  /** Art. 5(1)(2): supplied to someone known to use PI for crimes; absent when not asked. */
  readonly knownCriminalRecipient?: boolean | undefined;
}

const STATE_KEY = 'pilens.estimate.answers';
const CONDUCTS: readonly Conduct[] = ['hold', 'provide', 'obtain', 'business-purchase'];

export const DEFAULT_ANSWERS: EstimateAnswers = { conduct: 'hold', insider: false, priorRecord: false };

/** Answers from untrusted input (command arguments, stored state), each with a fallback. */
export function parseAnswers(raw: unknown, fallback: EstimateAnswers = DEFAULT_ANSWERS): EstimateAnswers {
  if (raw === null || typeof raw !== 'object') return fallback;
  const r = raw as Record<string, unknown>;
  const conduct = CONDUCTS.find((c) => c === r.conduct) ?? fallback.conduct;
  const gains =
    typeof r.gainsCny === 'number' && Number.isFinite(r.gainsCny) && r.gainsCny >= 0
      ? r.gainsCny
      : r.gainsCny === undefined
        ? fallback.gainsCny
        : undefined;
  const flag = (key: 'whereaboutsUsedInCrime' | 'knownCriminalRecipient'): { [k: string]: boolean } => {
    const value = typeof r[key] === 'boolean' ? r[key] : fallback[key];
    return value === undefined ? {} : { [key]: value };
  };
  return {
    conduct,
    insider: typeof r.insider === 'boolean' ? r.insider : fallback.insider,
    ...(gains !== undefined ? { gainsCny: gains } : {}),
    priorRecord: typeof r.priorRecord === 'boolean' ? r.priorRecord : fallback.priorRecord,
    ...flag('whereaboutsUsedInCrime'),
    ...flag('knownCriminalRecipient'),
  };
}

/** Whether this workspace has answered before (the prompts then say "last answer", not "default"). */
export function hasRememberedAnswers(state: vscode.Memento): boolean {
  return state.get(STATE_KEY) !== undefined;
}

export function rememberedAnswers(state: vscode.Memento): EstimateAnswers {
  return parseAnswers(state.get(STATE_KEY));
}

export async function rememberAnswers(state: vscode.Memento, answers: EstimateAnswers): Promise<void> {
  await state.update(STATE_KEY, answers);
}

function conductLabel(conduct: Conduct): string {
  switch (conduct) {
    case 'hold':
      return vscode.l10n.t('Holding it (storing or processing the data)');
    case 'provide':
      return vscode.l10n.t('Providing or selling it to others');
    case 'obtain':
      return vscode.l10n.t('Obtaining it (buying, receiving or collecting it)');
    case 'business-purchase':
      return vscode.l10n.t(
        'Illegally buying or receiving it for a lawful business (法释〔2017〕10号 Art. 6)',
      );
  }
}

async function pickYesNo(title: string, current: boolean, mark: string): Promise<boolean | undefined> {
  const items = [
    { label: vscode.l10n.t('No'), value: false },
    { label: vscode.l10n.t('Yes'), value: true },
  ].map((item) => ({ ...item, description: item.value === current ? mark : '' }));
  if (current) items.reverse();
  const picked = await vscode.window.showQuickPick(items, { title, ignoreFocusOut: true });
  return picked?.value;
}

/**
 * Asks what is done with the data, then only the questions that can change the result for that
 * conduct and quantity (questions.ts); undefined when the user cancels any of them.
 * `tierOf` gives the tier the counted pieces reach with the answers given so far;
 * `whereabouts` says whether whereabouts pieces were counted (Art. 5(1)(1) needs them).
 */
export async function askAnswers(
  previous: EstimateAnswers,
  remembered: boolean,
  tierOf: (answers: EstimateAnswers) => Tier,
  whereabouts: boolean,
): Promise<EstimateAnswers | undefined> {
  const mark = remembered ? vscode.l10n.t('last answer') : vscode.l10n.t('default');
  const conducts = CONDUCTS.map((c) => ({
    label: conductLabel(c),
    value: c,
    description: c === previous.conduct ? mark : '',
  }));
  conducts.sort((a, b) => Number(b.value === previous.conduct) - Number(a.value === previous.conduct));
  const conduct = await vscode.window.showQuickPick(conducts, {
    title: vscode.l10n.t('PI Lens: what is done with the data?'),
    ignoreFocusOut: true,
  });
  if (conduct === undefined) return undefined;
  let insider = false;
  if (questionsThatMatter(conduct.value, 'none').insider) {
    const answer = await pickYesNo(
      vscode.l10n.t('PI Lens: was it obtained while performing duties or providing services?'),
      previous.insider,
      mark,
    );
    if (answer === undefined) return undefined;
    insider = answer;
  }
  const ask = questionsThatMatter(
    conduct.value,
    tierOf({ conduct: conduct.value, insider, priorRecord: false }),
  );
  let gains: number | undefined;
  if (ask.gains) {
    const gainsText = await vscode.window.showInputBox({
      // Art. 6 counts profit (获利); Art. 5 counts illegal gains (违法所得): one input, two concepts.
      title:
        conduct.value === 'business-purchase'
          ? vscode.l10n.t(
              'PI Lens: profit (获利) in CNY from the information (leave empty if none or unknown)',
            )
          : vscode.l10n.t('PI Lens: illegal gains (违法所得) in CNY (leave empty if none or unknown)'),
      value: previous.gainsCny === undefined ? '' : String(previous.gainsCny),
      ignoreFocusOut: true,
      validateInput: (text) =>
        text.trim() === '' || (Number.isFinite(Number(text)) && Number(text) >= 0)
          ? undefined
          : vscode.l10n.t('A non-negative amount in CNY'),
    });
    if (gainsText === undefined) return undefined;
    gains = gainsText.trim() === '' ? undefined : Number(gainsText);
  }
  let priorRecord = false;
  if (ask.priorRecord) {
    const answer = await pickYesNo(
      vscode.l10n.t(
        'PI Lens: a prior criminal punishment, or an administrative penalty within two years, for infringing PI?',
      ),
      previous.priorRecord,
      mark,
    );
    if (answer === undefined) return undefined;
    priorRecord = answer;
  }
  const sofar: EstimateAnswers = {
    conduct: conduct.value,
    insider,
    ...(gains !== undefined ? { gainsCny: gains } : {}),
    priorRecord,
  };
  // Art. 5(1)(1)–(2) make any quantity serious, so they are asked only while nothing else has.
  const routes = questionsThatMatter(conduct.value, tierOf(sofar), whereabouts);
  const extra: { whereaboutsUsedInCrime?: boolean; knownCriminalRecipient?: boolean } = {};
  if (routes.whereaboutsUsedInCrime) {
    const answer = await pickYesNo(
      vscode.l10n.t('PI Lens: were the whereabouts sold or provided used by another in a crime?'),
      previous.whereaboutsUsedInCrime ?? false,
      mark,
    );
    if (answer === undefined) return undefined;
    extra.whereaboutsUsedInCrime = answer;
  }
  if (routes.knownCriminalRecipient) {
    const answer = await pickYesNo(
      vscode.l10n.t(
        'PI Lens: did you know, or should you have known, that the recipient uses personal information to commit crimes?',
      ),
      previous.knownCriminalRecipient ?? false,
      mark,
    );
    if (answer === undefined) return undefined;
    extra.knownCriminalRecipient = answer;
  }
  return { ...sofar, ...extra };
}
