/** Differential test: the Prisma line reader against @mrleebo/prisma-ast's AST. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getSchema } from '@mrleebo/prisma-ast';
import { prismaExtractor } from '../../../src/core/scan/formats/prisma.js';
import { fieldsOf, fixture } from './helpers.js';

describe('Prisma reader agrees with @mrleebo/prisma-ast', () => {
  it('ecommerce.prisma: same owners, fields and base types in the same order', () => {
    const text = fixture('prisma/ecommerce.prisma');
    const reference: string[] = [];
    for (const block of getSchema(text).list) {
      if (block.type !== 'model' && block.type !== 'view' && block.type !== 'type') continue;
      for (const property of block.properties) {
        if (property.type !== 'field') continue;
        const type = typeof property.fieldType === 'string' ? property.fieldType : property.fieldType.name;
        reference.push(`${block.name}.${property.name}:${type}`);
      }
    }
    const ours = fieldsOf(prismaExtractor, text, 'ecommerce.prisma').map(
      (f) => `${f.owner ?? ''}.${f.name}:${(f.declaredType ?? '').replace(/[([?].*$/, '')}`,
    );
    assert.ok(reference.length > 40);
    assert.deepEqual(ours, reference);
  });
});
