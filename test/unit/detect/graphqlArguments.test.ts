/**
 * GraphQL operations are read through their arguments (issue 9, session 20, branch
 * `det-readers`): an argument is a field of the operation's request, read with the operation as
 * its owner as an input type's fields are read with the input; the operation's own name names an
 * action and what it acts on, and is not read when it takes arguments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates, scanText } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';

/** `owner.field category` of each declaration finding of a schema. */
function found(schema: string): string[] {
  return scanText(schema, { path: 'schema.graphql' })
    .findings.filter((f) => f.role === 'declaration')
    .map((f) => `${f.owner ?? ''}.${f.field} ${f.category}`);
}

describe('GraphQL operation arguments', () => {
  it('reads an operation’s arguments as fields of its request', () => {
    assert.deepEqual(
      found(
        [
          'type Query { user(phone: String): User }',
          'type Mutation { resetPassword(token: String!, newPassword: String!): Boolean }',
        ].join('\n'),
      ),
      ['user.phone contact', 'resetPassword.token credential', 'resetPassword.newPassword credential'],
    );
  });

  it('reads them in the operation’s context, as an input type’s fields', () => {
    // A shop's phone is a thing's; paging and sorting arguments hold nothing.
    assert.deepEqual(
      found(
        'type Query { shop(phone: String): Shop\n users(first: Int, after: String, orderBy: String): [User] }',
      ),
      [],
    );
  });

  it('does not read an operation taking arguments by its own name', () => {
    assert.deepEqual(
      found('type Mutation { markMarriageAsCertified(id: ID!, details: MarriageInput!): ID! }'),
      [],
    );
    // Without arguments the field is read as any other field is.
    assert.deepEqual(found('type Query { currentUserEmail: String }'), ['Query.currentUserEmail contact']);
  });

  it('dismisses a candidate taking arguments whatever its words', () => {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const operation: FieldCandidate = {
      name: 'currentUserEmail',
      owner: 'Query',
      range: at,
      role: 'declaration',
    };
    assert.equal(classifyCandidates([{ ...operation, takesArguments: true }])[0], undefined);
    assert.equal(classifyCandidates([operation])[0]?.category, 'contact');
  });
});
