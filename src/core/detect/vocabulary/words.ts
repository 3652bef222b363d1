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
 * Terms naming a loan's part in a state: each part followed by each of `after`
 * (`principal_due`), and each of `before` followed by each part (`outstanding_principal`).
 */
export function loanParts(
  parts: readonly string[],
  after: readonly string[],
  before: readonly string[] = [],
): string[] {
  return [
    ...parts.flatMap((part) => after.map((state) => `${part}_${state}`)),
    ...before.flatMap((state) => parts.map((part) => `${state}_${part}`)),
  ];
}
