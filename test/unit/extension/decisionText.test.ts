// A team decision in the editor: its evidence reads in Chinese, a decided category is
// acknowledged (no squiggle, like an @pi annotation), and masked names are never offered for the file.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConfig } from '../../../src/core/config/parse.js';
import { decisionTarget, isTeamDecided } from '../../../src/core/scan/decisions.js';
import { scanText } from '../../../src/core/scan/index.js';
import type { Finding } from '../../../src/core/types.js';
import { isAcknowledged } from '../../../src/shared/acknowledged.js';
import { evidenceDetail, hasChineseEvidence } from '../../../src/shared/evidenceText.js';

function scanWith(configText: string, text: string): Finding[] {
  const parsed = parseConfig(configText);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return [...scanText(text, { path: 'member.ts' }, { config: parsed.config }).findings];
}

const MODEL = 'export interface Member {\n  nick: string;\n  mobilePhone: string;\n}\n';

describe('team decisions in the editor', () => {
  const decided = scanWith(
    '{ "decisions": [{ "owner": "Member", "field": "nick", "category": "online_id", "reason": "login handle" }] }',
    MODEL,
  );
  const nick = decided.find((f) => f.field === 'nick');
  const phone = decided.find((f) => f.field === 'mobilePhone');

  test('the decision is the first reason, in Chinese with the reason kept', () => {
    const evidence = nick?.evidence[0];
    assert.ok(evidence !== undefined);
    assert.ok(hasChineseEvidence(evidence.detail), evidence.detail);
    const zh = evidenceDetail(evidence, 'zh');
    assert.match(zh, /^团队已在 \.pilens\.json 中决定：.+（理由：login handle）$/);
    assert.doesNotMatch(zh.replace('.pilens.json', '').replace('login handle', ''), /[A-Za-z]/);
    assert.match(
      evidenceDetail(evidence, 'en'),
      /^decided by the team in \.pilens\.json: online_id \(login handle\)$/,
    );
  });

  test('a decided finding is acknowledged; a detected one beside it is not', () => {
    assert.ok(nick !== undefined && isTeamDecided(nick) && isAcknowledged(nick));
    assert.ok(phone !== undefined && !isTeamDecided(phone) && !isAcknowledged(phone));
  });

  test('an override is not a team decision (it stays squiggled)', () => {
    const overridden = scanWith('{ "overrides": [{ "field": "nick", "category": "online_id" }] }', MODEL);
    const found = overridden.find((f) => f.field === 'nick');
    assert.ok(found !== undefined && !isTeamDecided(found));
  });

  test('the decision names owner and field; "*" stands for a field without owner', () => {
    assert.deepEqual(phone && decisionTarget(phone), { owner: 'Member', field: 'mobilePhone' });
    assert.ok(phone !== undefined);
    const ownerless: Finding = { ...phone };
    delete (ownerless as { owner?: string }).owner;
    assert.deepEqual(decisionTarget(ownerless), { owner: '*', field: 'mobilePhone' });
  });

  test('a masked name (it held a personal value) gives no decision to write', () => {
    const json = '{\n "13812345678": {\n  "idCard": "x"\n }\n}\n';
    const found = scanText(json, { path: 'f.json' }).findings.find((f) => f.field === 'idCard');
    assert.ok(found !== undefined, 'the JSON key is scanned');
    assert.ok(found.owner?.includes('*'), found.owner);
    assert.equal(decisionTarget(found), undefined);
  });
});
