import { defaultVocabulary } from './src/core/detect/vocabulary/index.js';
import { readName } from './src/core/detect/analyze.js';
const v = defaultVocabulary();
for (const n of ['degree', 'balance', 'receiverName', 'ZDMC']) console.log(n, JSON.stringify(readName(n, v), (k, val) => (k === 'meanings' ? val.map((m: any) => m.category + '/' + m.strength + '/' + m.owners.join('|')) : val)));
import { classifyField } from './src/core/detect/classify.js';
const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
console.log(classifyField({ name: 'receiverName', owner: 'DeliveryContact', declaredType: 'String', ownerComment: '配送联系人 (MongoDB composite type)', range: r, role: 'declaration' }));
console.log(classifyField({ name: 'receiverName', owner: 'DeliveryContact', declaredType: 'String', range: r, role: 'declaration' }));
