import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  annotationBody,
  annotationLine,
  supportsAnnotations,
  type AnnotationRequest,
} from '../../../src/core/edit/annotationText.js';

describe('annotationBody', () => {
  const cases: [AnnotationRequest, string][] = [
    [{ kind: 'category', category: 'id_number' }, '@pi id_number'],
    [{ kind: 'none' }, '@pi none'],
    [{ kind: 'anonymized' }, '@pi anonymized'],
    [{ kind: 'deidentified' }, '@pi deidentified'],
    [{ kind: 'ignore' }, 'pilens-disable-next-line'],
    [{ kind: 'ignore', category: 'contact' }, 'pilens-disable-next-line contact'],
  ];
  for (const [request, expected] of cases) {
    test(expected, () => {
      assert.equal(annotationBody(request), expected);
    });
  }
});

describe('annotationLine', () => {
  const none: AnnotationRequest = { kind: 'none' };
  const cases: [string, string, string | undefined][] = [
    ['typescript', '  idCard: string;', '  // @pi none\n'],
    ['java', '\tprivate String sfzh;', '\t// @pi none\n'],
    ['python', '    xm = models.CharField()', '    # @pi none\n'],
    ['yaml', '    phone:', '    # @pi none\n'],
    ['graphql', '  email: String', '  # @pi none\n'],
    ['sql', '  sfzh VARCHAR(18),', '  -- @pi none\n'],
    ['xml', '  <column name="xm"/>', '  <!-- @pi none -->\n'],
    ['prisma', '  phone String', '  // @pi none\n'],
    ['json', '  "phone": "string"', undefined],
    ['csv', 'name,phone', undefined],
    ['plaintext', 'phone', undefined],
  ];
  for (const [language, line, expected] of cases) {
    test(`${language}: ${line.trim()}`, () => {
      assert.equal(annotationLine(language, line, none), expected);
      assert.equal(supportsAnnotations(language), expected !== undefined);
    });
  }

  test('keeps the document line ending', () => {
    assert.equal(
      annotationLine('go', '\tPhone string', { kind: 'ignore', category: 'contact' }, '\r\n'),
      '\t// pilens-disable-next-line contact\r\n',
    );
  });
});
