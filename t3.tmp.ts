import { pilensConfigSchema } from './src/core/config/schema.js';
for (const v of [{ ignore: [] }, { vocabulary: { phones: { en: ['x'] } } }]) console.log(JSON.stringify(pilensConfigSchema.safeParse(v).error?.issues));
