// The data map's grouping, free of `vscode`: category → sink (kind, recipient, where) → places,
// the order the view shows, and masked places counted.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReportedFlow } from '../../../src/core/report/flows.js';
import { groupDataMap, recipientOf } from '../../../src/extension/inventory/dataMapModel.js';

function flow(
  file: string,
  line: number,
  categories: ReportedFlow['categories'],
  sink: Partial<ReportedFlow['sink']> & Pick<ReportedFlow['sink'], 'kind'>,
  extra: Partial<Pick<ReportedFlow, 'crossBorder' | 'deidentified'>> = {},
): ReportedFlow {
  return {
    file,
    line,
    column: 1,
    sink: { callee: 'x.y', target: null, vendor: null, ...sink },
    categories,
    crossBorder: extra.crossBorder ?? null,
    deidentified: extra.deidentified ?? false,
    confidence: 'medium',
    path: [],
  };
}

describe('groupDataMap', () => {
  const files = [
    {
      uri: 'file:///w/b.ts',
      flows: [
        flow('b.ts', 9, ['contact'], { kind: 'log', callee: 'logger.info' }, { deidentified: true }),
        flow(
          'b.ts',
          3,
          ['contact', 'id_number'],
          { kind: 'http', callee: 'axios.post', target: 'api.mixpanel.com' },
          { crossBorder: true },
        ),
      ],
    },
    { uri: 'file:///w/a.ts', flows: [flow('a.ts', 5, ['contact'], { kind: 'log', callee: 'logger.info' })] },
    {
      uri: 'file:///w/c.ts',
      flows: [
        flow('c.ts', 2, ['property'], { kind: 'sdk', callee: 'sensors.track', vendor: 'Sensors Data' }),
      ],
    },
    // a file without flows adds nothing
    { uri: 'file:///w/d.ts' },
  ];
  const map = groupDataMap(files);

  test('categories by class (A first), then key', () => {
    assert.deepEqual(
      map.map((c) => `${c.category} ${String(c.class)} ${String(c.flowCount)}`),
      ['property A 1', 'contact C 3', 'id_number C 1'],
    );
  });

  test('sinks: abroad first, then kind and recipient; places by file and line; masked counted', () => {
    const contact = map.find((c) => c.category === 'contact');
    assert.ok(contact);
    assert.deepEqual(
      contact.sinks.map((s) => `${s.kind} ${s.recipient} ${String(s.crossBorder)} ${String(s.masked)}`),
      ['http api.mixpanel.com true 0', 'log logger.info null 1'],
    );
    assert.deepEqual(
      contact.sinks[1]?.places.map((p) => `${p.uri} ${String(p.flow.line)}`),
      ['file:///w/a.ts 5', 'file:///w/b.ts 9'],
    );
  });

  test('a flow of two categories is under both', () => {
    const id = map.find((c) => c.category === 'id_number');
    assert.equal(id?.sinks[0]?.places[0]?.flow.line, 3);
  });

  test('recipient: vendor, else host, else callee', () => {
    assert.equal(
      recipientOf(flow('a', 1, [], { kind: 'sdk', vendor: 'Umeng', target: 'umeng.com' })),
      'Umeng',
    );
    assert.equal(
      recipientOf(flow('a', 1, [], { kind: 'http', target: 'api.example.com' })),
      'api.example.com',
    );
    assert.equal(recipientOf(flow('a', 1, [], { kind: 'log', callee: 'log.info' })), 'log.info');
  });

  test('nothing in, nothing out', () => {
    assert.deepEqual(groupDataMap([]), []);
  });
});
