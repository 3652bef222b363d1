import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:', {});
const c = await db.connect();
const sql = process.argv[2];
for (const s of sql.split(';;')) {
  try { console.log(JSON.stringify((await c.runAndReadAll(s)).getRowObjectsJS(), (k, v) => typeof v === 'bigint' ? Number(v) : v)); }
  catch (e) { console.log('ERR', e.message.split('\n')[0]); }
}
