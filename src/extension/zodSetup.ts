// Imported first by extension.ts, before any module builds a zod schema. zod's JIT probes the
// `navigator` global to decide whether it may compile validators, and VS Code's extension host
// logs that probe as an error on every activation. The interpreter is fast enough for the
// catalogue and `.pilens.json`, and it runs no generated code.
import { z } from 'zod';

z.config({ jitless: true });
