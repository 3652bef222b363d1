/**
 * Issue 9, item 4 (session 25, branch `det-precision3`): classes of noise left on halo-dev/halo
 * after session 24, each rule with a negative beside it (docs/detection-rulings.md, "Noise on
 * whole repositories, session 25"). Names are made up in each format's style.
 */
import { classifyTable } from './classifyTable.js';

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
