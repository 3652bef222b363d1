/**
 * A search's arguments are its criteria (issue 9, session 21, branch `det-precision`): an argument
 * of a GraphQL field outside the mutation root that returns a list or a page names which records
 * to return. It is reported only where it names whom to look up (a name, contact, identity
 * number, account key, place), not where it names a property of the records (an amount range, a
 * payment method type, a diagnosis).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractCandidates, scanText } from '../../../src/core/scan/index.js';

/** `owner.field category` of each declaration finding of a schema. */
function found(schema: string): string[] {
  return scanText(schema, { path: 'schema.graphql' })
    .findings.filter((f) => f.role === 'declaration')
    .map((f) => `${f.owner ?? ''}.${f.field} ${f.category}`);
}

describe('GraphQL search criteria', () => {
  it('marks the arguments of a field returning a list or a page, outside the mutation root', () => {
    const { fields } = extractCandidates(
      [
        'type Account { transactions(minAmount: Int): TransactionCollection }',
        'type Query { patients(gender: String): [Patient!]! patient(id: ID!): Patient }',
        'type Mutation { addPayees(amount: Int): [Payee] }',
      ].join('\n'),
      { path: 'schema.graphql' },
    );
    const marked = fields.filter((f) => f.searchCriterion === true).map((f) => `${f.owner}.${f.name}`);
    assert.deepEqual(marked, ['transactions.minAmount', 'patients.gender']);
  });

  it('reads a range bound or a method filter of a search as no one’s money', () => {
    assert.deepEqual(
      found(
        [
          'type Collective {',
          '  orders(',
          '    "Only return orders where the amount is greater than or equal to this value (in cents)"',
          '    minAmount: Int',
          '    paymentMethodType: [PaymentMethodType]',
          '  ): OrderCollection',
          '}',
        ].join('\n'),
      ),
      [],
    );
  });

  it('still reads the same arguments where they are written (a mutation) or a record’s fields', () => {
    assert.deepEqual(
      found(
        ['type Mutation { createOrder(amount: Int!): [Order] }', 'type Order { amount: Int! }'].join('\n'),
      ),
      ['createOrder.amount transaction', 'Order.amount transaction'],
    );
  });

  it('reads a search by whom as the person’s identifier', () => {
    // The key is kept whatever it is read as; the diagnosis beside it is a criterion.
    assert.deepEqual(
      found(
        [
          'type Collective { members(email: EmailAddress, role: [MemberRole]): MemberCollection }',
          'type Query { testResults(patientId: ID, disease: String): [TestResult] }',
        ].join('\n'),
      ).map((f) => f.split(' ')[0]),
      ['members.email', 'testResults.patientId'],
    );
  });
});
