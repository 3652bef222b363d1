import { rereadChains, type ChainReader } from './chainReuse.js';
import { readPythonDrafts, type PyRead } from './pyReader.js';

/**
 * Re-reading only the top-level statement chains an edit touched, for the fast Python reader
 * (chainReuse.ts). At a chain start (pyReader.ts, `PyRead.starts`) the tokenizer is at a line
 * start outside any bracket with no indentation open, and the reader has no enclosing class
 * and no clause to continue: the state of the start of a file. `undefined` when the re-read
 * region is declined: the caller reads the whole text, which may still succeed (a `print`
 * statement that ends the region but not the file).
 */
export function rereadPython(before: string, read: PyRead, text: string): PyRead | undefined {
  return rereadChains(before, read, text, PYTHON_CHAINS);
}

/**
 * A region reads as a file (a chain start is in a file's starting state); the chain before a
 * start looks at no more than its first character, whose indentation closes its blocks.
 */
const PYTHON_CHAINS: ChainReader = {
  read: (region) => readPythonDrafts(region),
  head: () => 1,
};
