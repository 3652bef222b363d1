/**
 * `w\`id_card id_card_no 身份证号\`` → `['id_card', 'id_card_no', '身份证号']`: word lists written
 * compactly. The resulting arrays are validated by the vocabulary schema like any other data.
 */
export function w(strings: TemplateStringsArray): string[] {
  return strings.raw
    .join(' ')
    .split(/\s+/)
    .filter((s) => s !== '');
}

/**
 * Terms naming a loan's part in a state, in both orders (`principal_due`, `due_principal`):
 * every part of `parts` with every state of `states`.
 */
export function loanParts(parts: readonly string[], states: readonly string[]): string[] {
  return parts.flatMap((part) => states.flatMap((state) => [`${part}_${state}`, `${state}_${part}`]));
}
