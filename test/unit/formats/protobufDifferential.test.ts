/** Differential test: the token-based .proto reader against protobufjs's parser. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import protobuf from 'protobufjs';
import { protobufExtractor } from '../../../src/core/scan/formats/protobuf.js';
import { fieldsOf, fixture } from './helpers.js';

function referenceFields(namespace: protobuf.NamespaceBase, into: string[]): string[] {
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type) {
      for (const f of nested.fieldsArray) into.push(`${nested.name}.${f.name}`);
    }
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type)
      referenceFields(nested, into);
  }
  return into;
}

describe('Protocol Buffers reader agrees with protobufjs', () => {
  for (const file of ['account.proto', 'social.proto']) {
    it(`${file}: same messages and fields`, () => {
      const text = fixture(`proto/${file}`);
      const parsed = protobuf.parse(text, { keepCase: true, alternateCommentMode: true });
      const reference = referenceFields(parsed.root, []).sort();
      const ours = fieldsOf(protobufExtractor, text, file)
        .map((f) => `${f.owner ?? ''}.${f.name}`)
        .sort();
      assert.ok(reference.length >= 10);
      assert.deepEqual(ours, reference);
    });
  }
});
