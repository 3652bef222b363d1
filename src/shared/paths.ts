/** URI-path arithmetic shared by the scanner, baseline and review features. Pure. */

/** `childPath` relative to `folderPath` (both URI paths, `/`-separated), or undefined when outside it. */
export function relativeTo(folderPath: string, childPath: string): string | undefined {
  const base = folderPath.endsWith('/') ? folderPath : `${folderPath}/`;
  return childPath.startsWith(base) ? childPath.slice(base.length) : undefined;
}

/**
 * The path a document is scanned as: relative to `basePath` (the folder of the `.pilens.json`
 * that applies, else the workspace folder), as `pilens scan` passes paths relative to the
 * config's folder, so `ignores` match the same files in the editor and in CI, and never a folder
 * above the project. Outside `basePath`, the document's own path: its extension still picks the
 * extractor.
 */
export function scanSourcePath(documentPath: string, basePath: string | undefined): string {
  return (basePath === undefined ? undefined : relativeTo(basePath, documentPath)) ?? documentPath;
}
