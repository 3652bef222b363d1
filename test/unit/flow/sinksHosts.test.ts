// Sinks and hosts as data: each rule beside a negative.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyHost, hostOf } from '../../../src/core/flow/hosts.js';
import { calleeEffect } from '../../../src/core/flow/calls.js';
import { kindMeaning, SINK_KINDS } from '../../../src/core/flow/kinds.js';
import { FLOW_LANGUAGES, matchSink, SINK_RULES, topAlternatives } from '../../../src/core/flow/sinks.js';

describe('classifyHost', () => {
  const cases: [string, string][] = [
    ['api.mixpanel.com', 'abroad'],
    ['dysmsapi.aliyuncs.com', 'mainland'],
    ['restapi.amap.com', 'mainland'],
    ['sms.tencentcloudapi.com', 'mainland'],
    ['example.cn', 'mainland'],
    ['s3.cn-north-1.amazonaws.com.cn', 'mainland'],
    ['s3.us-east-1.amazonaws.com', 'abroad'],
    ['shop.example.de', 'abroad'],
    // negatives: nothing says where these are
    ['api.example.com', 'unknown'],
    ['s3.amazonaws.com', 'unknown'],
    ['example.hk', 'unknown'],
    ['localhost', 'unknown'],
    ['notmixpanel.com', 'unknown'],
  ];
  for (const [host, want] of cases)
    test(host, () => {
      assert.equal(classifyHost(host), want);
    });
  test('hostOf reads URLs, not paths', () => {
    assert.equal(hostOf('https://API.Mixpanel.com/track?x=1'), 'api.mixpanel.com');
    assert.equal(hostOf('//cdn.example.cn/a'), 'cdn.example.cn');
    assert.equal(hostOf('/api/users'), undefined);
    assert.equal(hostOf('phone number'), undefined);
  });
});

describe('matchSink', () => {
  const cases: [string, string, string | undefined][] = [
    ['console.log', 'js', 'log'],
    ['logger.info', 'python', 'log'],
    ['getLogger().warn', 'java', 'log'],
    ['print', 'python', 'log'],
    ['print', 'js', undefined],
    ['axios.post', 'js', 'http'],
    ['requests.post', 'python', 'http'],
    ['restTemplate.postForObject', 'java', 'http'],
    ['sensors.track', 'js', 'sdk'],
    ['MobclickAgent.onEvent', 'java', 'sdk'],
    ['client.sendSms', 'js', 'sdk'],
    ['producer.send', 'js', 'queue'],
    ['kafkaTemplate.send', 'java', 'queue'],
    ['fs.writeFileSync', 'js', 'export'],
    ['redis.set', 'js', 'cache'],
    // negatives
    ['map.set', 'js', undefined],
    ['user.save', 'js', undefined],
    ['logger.child', 'js', undefined],
    ['format', 'js', undefined],
    [`${'a.'.repeat(150)}info`, 'js', undefined],
  ];
  for (const [callee, lang, want] of cases) {
    test(`${callee.slice(0, 40)} (${lang})`, () => {
      assert.equal(matchSink(callee, lang as 'js' | 'python' | 'java')?.kind, want);
    });
  }
  test('vendors carry their region', () => {
    assert.equal(matchSink('mixpanel.track', 'js')?.region, 'abroad');
    assert.equal(matchSink('gio', 'js')?.region, 'mainland');
    assert.equal(matchSink('Sentry.captureException', 'js')?.region, 'unknown');
  });
  test('splits an expression at its top-level alternatives only', () => {
    assert.deepEqual(topAlternatives(String.raw`a|b(?:c|d)|[|(]e\|f|g`), [
      'a',
      String.raw`b(?:c|d)`,
      String.raw`[|(]e\|f`,
      'g',
    ]);
    assert.deepEqual(topAlternatives('print'), ['print']);
  });
  test('answers as the first rule whose own expression matches (one test for most callees)', () => {
    // Receivers, names and calls of the rules and beside them, joined one to four deep.
    const parts = [
      'log',
      'logger',
      'info',
      'Info',
      'Infof',
      'h',
      'audit5',
      'getLogger()',
      'With()',
      'kafkaTemplate',
    ];
    parts.push(
      'send',
      'XLSX',
      'utils',
      'json_to_sheet',
      'to_csv',
      'BMap',
      'x',
      'people',
      'mixpanel',
      'track',
    );
    parts.push(
      'sendSms',
      'client',
      'Post',
      'post',
      'opsForValue()',
      'set',
      'print',
      'System',
      'out',
      'println',
    );
    parts.push(
      'rdb',
      'Set',
      'writer',
      'writerow',
      'EasyExcel',
      'write()',
      'Console',
      'WriteLine',
      '_logger',
      'l',
    );
    const callees: string[] = [...parts];
    for (const a of parts) for (const b of parts) callees.push(`${a}.${b}`);
    for (let i = 0; i < 6000; i++) {
      const n = 3 + (i % 2);
      callees.push(
        Array.from({ length: n }, (_, k) => parts[(i * 7 + k * 13 + (i >> 3) * k) % parts.length]).join('.'),
      );
    }
    let sinks = 0;
    for (const language of FLOW_LANGUAGES)
      for (const callee of callees) {
        const want = SINK_RULES.find((r) => r.languages.includes(language) && r.pattern.test(callee));
        assert.equal(matchSink(callee, language), want, `${language} ${callee}`);
        if (want !== undefined) sinks++;
      }
    assert.ok(sinks > 1000);
  });
});

describe('calleeEffect', () => {
  test('masking, serialisation and predicates, and plain calls', () => {
    assert.equal(calleeEffect('maskPhone'), 'mask');
    assert.equal(calleeEffect('crypto.sha256'), 'mask');
    assert.equal(calleeEffect('JSON.stringify'), 'serialise');
    assert.equal(calleeEffect('isValidPhone'), 'predicate');
    assert.equal(calleeEffect('re.test'), 'predicate');
    assert.equal(calleeEffect('format'), undefined);
    assert.equal(calleeEffect('trim'), undefined);
  });
});

describe('kind meanings', () => {
  test('every kind has a bilingual meaning and at least one citation', () => {
    for (const k of SINK_KINDS) {
      const m = kindMeaning(k);
      assert.ok(m.meaning.en.length > 0 && m.meaning.zh.length > 0);
      assert.ok(m.basis.length > 0);
    }
  });
  test('articles the reference does not quote are marked from memory', () => {
    const art23 = kindMeaning('sdk').basis.find((b) => b.article === 'Art. 23');
    assert.equal(art23?.confidence, 'memory');
  });
});
