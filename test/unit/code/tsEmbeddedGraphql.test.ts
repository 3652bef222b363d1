import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typescriptExtractor } from '../../../src/core/scan/code/typescript.js';
import { declarations, extractFlat, lines } from './helpers.js';

const ts = (text: string, path = 'schema.ts') => declarations(extractFlat(typescriptExtractor, text, path));

describe('typescript extractor: GraphQL schemas in template literals', () => {
  it('reads the types and inputs of a gql template at their places in the file', () => {
    const text = lines(
      "import gql from 'graphql-tag';",
      'export const typeDefs = gql`type Seller { sellerName: String',
      '    "The seller\'s mobile"',
      '    phone: String',
      '  }',
      '  input CreateSellerInput { emailAddress: String!, password: String }',
      '`;',
    );
    assert.deepEqual(ts(text), [
      { at: '1:42-52', name: 'sellerName', owner: 'Seller', type: 'String' },
      { at: '3:4-9', name: 'phone', owner: 'Seller', type: 'String', comment: "The seller's mobile" },
      { at: '5:28-40', name: 'emailAddress', owner: 'CreateSellerInput', type: 'String!' },
      { at: '5:51-59', name: 'password', owner: 'CreateSellerInput', type: 'String' },
    ]);
  });

  it('reads an untagged typeDefs string, its substitutions blanked and empty extensions dropped', () => {
    const text = lines(
      'export const types = `',
      '  ${commonTypes}',
      '  type Customer {',
      '    ${customerFields}',
      '    idCardNo: String',
      '  }',
      '  extend type Query {',
      '    ${queries}',
      '  }',
      '`;',
    );
    assert.deepEqual(ts(text, 'customer.js'), [
      { at: '4:4-12', name: 'idCardNo', owner: 'Customer', type: 'String' },
    ]);
  });

  it('reads nothing from templates that are not GraphQL schemas', () => {
    const text = lines(
      'const sql = `select phone from users where id = ${id}`;',
      'const code = `type User = { phone: string }`;',
      'const query = gql`query Me { me { phone email } }`;',
      'const prose = `The type Customer { holds a phone }`;',
      'export interface Person { phone: string }',
    );
    assert.deepEqual(
      ts(text).map((f) => `${f.owner ?? ''}.${f.name}`),
      ['Person.phone'],
    );
  });
});
