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
