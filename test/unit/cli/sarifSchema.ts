/**
 * The official SARIF 2.1.0 JSON schema as shipped on npm by Microsoft's SARIF tooling
 * (`@microsoft/jest-sarif`, a dev dependency), compiled with Ajv's draft-04 flavour.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';

const require = createRequire(__filename);

export function sarifValidator() {
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is invalid under the u flag;
  return ajv.compile(schema);
}

/** The parts of a SARIF log the tests read. */
export interface SarifLog {
  runs: {
    tool: { driver: { name: string; informationUri?: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

export interface SarifRule {
  id: string;
  help: { text: string; markdown: string };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: Record<string, number>;
    };
  }[];
}
