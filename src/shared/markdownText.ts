/**
 * Escapes text from the user's files (field names, owners, matched tokens) before it goes
 * into hover Markdown, so a field called `[x](command:…)` renders as text, never as a link.
 * Free of `vscode`.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/**
 * A `command:` link target with JSON-encoded arguments, as VS Code's Markdown expects.
 * Parentheses are encoded too: a path like `app/(auth)/user.ts` would otherwise end the link.
 */
export function commandLink(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(
    /[()'!*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${encoded}`;
}
