import { defaultVocabulary } from './src/core/detect/vocabulary/index.js';
import { segmentWord } from './src/core/detect/match.js';
import { readName } from './src/core/detect/analyze.js';
const v = defaultVocabulary();
for (const n of process.argv.slice(2)) console.log(n, segmentWord(n.toLowerCase(), v), readName(n, v).head?.text);
