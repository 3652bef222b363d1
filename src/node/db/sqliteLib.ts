/**
 * SQLite compiled to WebAssembly (node-sqlite3-wasm), behind one module that the build bundles
 * on its own (dist/sqlitelib.js, with its .wasm beside it) and the other bundles load only when
 * a SQLite URL is given: no native module, so it runs in the CLI and in VS Code alike, and its
 * start-up cost is paid only by the runs that need it. It reads the file through Node's `fs`,
 * page by page, so a large database is not loaded into memory.
 */
export { Database } from 'node-sqlite3-wasm';
