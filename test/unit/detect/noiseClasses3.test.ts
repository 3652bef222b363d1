/**
 * Issue 9, item 4 (session 25, branch `det-precision3`): classes of noise left on halo-dev/halo
 * after session 24, each rule with a negative beside it (docs/detection-rulings.md, "Noise on
 * whole repositories, session 25"). Names are made up in each format's style.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../../../src/core/scan/index.js';
import { classifyTable } from './classifyTable.js';

/** `field owner category` of each finding of `text` read as `path`. */
function found(text: string, path: string): string[] {
  return scanText(text, { path }).findings.map((f) => `${f.field} ${f.owner ?? ''} ${f.category}`);
}

classifyTable('a provider of a software service is a plug-in, not a person', [
  { name: 'displayName', owner: 'AuthProviderSpec', type: 'String', expect: undefined },
  { name: 'displayName', owner: 'ListedAuthProvider', type: 'string', expect: undefined },
  { name: 'displayName', owner: 'editorProvider', type: 'string', expect: undefined },
  { name: 'name', owner: 'StorageProvider', type: 'string', expect: undefined },
  // A provider alone may be a clinician; a person's link to a sign-in provider is the person's.
  { name: 'displayName', owner: 'Provider', type: 'String', expect: 'name' },
  { name: 'email', owner: 'UserAuthProvider', type: 'String', expect: 'contact' },
  { name: 'displayName', owner: 'HealthcareProvider', type: 'String', expect: 'name' },
]);

describe('a display name shows no person beside it', () => {
  it("a reason type's key beside its display name is no name; a full name still shows a person", () => {
    const ts =
      'export interface ReasonTypeInfo {\n  /** display name of the reason type */\n  displayName: string;\n' +
      '  name: string;\n}\nexport interface SignatureInfo {\n  /** full name of the signer */\n' +
      '  fullName: string;\n  name: string;\n}\n';
    assert.deepEqual(found(ts, 'src/models/info.ts'), [
      'displayName ReasonTypeInfo name',
      'fullName SignatureInfo name',
      'name SignatureInfo name',
    ]);
  });
});
