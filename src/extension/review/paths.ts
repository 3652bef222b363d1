/** URI-path arithmetic shared by the baseline and review features. Pure. */

/** `childPath` relative to `folderPath` (both URI paths, `/`-separated), or undefined when outside it. */
export function relativeTo(folderPath: string, childPath: string): string | undefined {
  const base = folderPath.endsWith('/') ? folderPath : `${folderPath}/`;
  return childPath.startsWith(base) ? childPath.slice(base.length) : undefined;
}
