/**
 * Issue 9, item 4: a key to an `account` is read by what the workspace declares under that name
 * (`detect/unowned.ts`). jshERP's settlement accounts (`jsh_account`: 名称, 编号, 当前余额) and a
 * CRM's customer companies (`Account`: name, industry, website) are nobody's, so keys to them
 * and their own fields are not a person's; a workspace whose `Account` holds a login or keys a
 * user reads as before, and so does a scan of one file. Each positive has a negative beside it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { field, found, type WorkspaceFile } from '../../support/workspaceFindings.js';

/** jshERP's settlement account: a name, a number and balances, no person. */
const ledger: WorkspaceFile = {
  path: 'docs/jsh_erp.sql',
  candidates: [
    field('jsh_account', 'id', 'bigint', '主键'),
    field('jsh_account', 'name', 'varchar', '名称'),
    field('jsh_account', 'serial_no', 'varchar', '编号'),
    field('jsh_account', 'initial_amount', 'decimal', '期初金额'),
    field('jsh_account', 'current_amount', 'decimal', '当前余额'),
    field('jsh_account', 'remark', 'varchar', '备注'),
    field('jsh_account', 'tenant_id', 'bigint', '租户id'),
  ],
};
/** A user's login account: the same name, a person's. */
const login: WorkspaceFile = {
  path: 'src/models/Account.ts',
  candidates: [
    field('Account', 'id', 'string'),
    field('Account', 'username', 'string'),
    field('Account', 'password', 'string'),
  ],
};
/** A wallet keyed to its user: a person's money. */
const wallet: WorkspaceFile = {
  path: 'src/models/Account.java',
  candidates: [field('Account', 'userId', 'Long'), field('Account', 'balance', 'BigDecimal')],
};
/** A bank account's details: its own number makes it a person's financial account. */
const bank: WorkspaceFile = {
  path: 'models/AccountDetail.kt',
  candidates: [
    field('AccountDetail', 'accountNumber', 'String?'),
    field('AccountDetail', 'accountType', 'String?'),
    field('AccountDetail', 'status', 'String?'),
    field('AccountDetail', 'currency', 'String?'),
  ],
};
/** Two fields say nothing either way (a fragment of a schema). */
const fragment: WorkspaceFile = {
  path: 'schemas/group.graphql',
  candidates: [field('Account', 'groups', 'GroupConnection'), field('Account', 'id', 'ID')],
};
/** A CRM's customer company (Django). */
const company: WorkspaceFile = {
  path: 'accounts/models.py',
  candidates: [
    field('Account', 'phone', 'models.CharField'),
    field('Account', 'name', 'models.CharField'),
    field('Account', 'email', 'models.EmailField'),
    field('Account', 'industry', 'models.CharField'),
    field('Account', 'website', 'models.URLField'),
  ],
};

const bill = [
  field('AccountHead', 'accountId', 'Long'),
  field('AccountHead', 'userId', 'Long'),
  field('AccountHead', 'AccountIdList', 'String'),
];

describe('keys to a record the workspace declares nobody’s (unowned.ts)', () => {
  it('a key to a settlement account is not a key to a person; a key to a user beside it still is', () => {
    const read = found(bill, [ledger, { path: 'AccountHead.java', candidates: bill }]);
    assert.equal(read.get('AccountHead.accountId'), undefined);
    assert.equal(read.get('AccountHead.AccountIdList'), undefined);
    assert.equal(read.get('AccountHead.userId')?.category, 'online_id');
  });

  it('the same keys read alone, or beside an account that is a login or a wallet, stay keys', () => {
    assert.equal(found(bill).get('AccountHead.accountId')?.category, 'online_id');
    for (const account of [login, wallet, bank, fragment]) {
      const read = found(bill, [account, { path: 'AccountHead.java', candidates: bill }]);
      assert.equal(read.get('AccountHead.accountId')?.category, 'online_id', account.path);
    }
    // One login among the ledgers is enough: the name is a person's somewhere in the application.
    const mixed = found(bill, [ledger, login, { path: 'AccountHead.java', candidates: bill }]);
    assert.equal(mixed.get('AccountHead.accountId')?.category, 'online_id');
  });

  it("the unowned record's own fields and a variable named for it are a thing's", () => {
    const usage = [
      field('account', 'name', undefined, undefined, 'usage'),
      field('contact', 'email', undefined, undefined, 'usage'),
    ];
    const read = found([...company.candidates, ...usage], [company]);
    assert.equal(read.get('Account.name'), undefined);
    assert.equal(read.get('Account.email'), undefined);
    assert.equal(read.get('account.name'), undefined);
    assert.equal(read.get('contact.email')?.category, 'contact');
    // Alone, the company's e-mail reads as before.
    assert.equal(found(company.candidates).get('Account.email')?.category, 'contact');
  });

  it('a Django key to the company is not a key to a person; a key named for a person stays one', () => {
    const ticket = [
      field('Case', 'account', 'models.ForeignKey'),
      field('Case', 'account_id', undefined, undefined, 'usage'),
      field('Case', 'user_account_id', 'models.UUIDField'),
      field('Case', 'user', 'models.ForeignKey'),
    ];
    const read = found(ticket, [company, { path: 'cases/models.py', candidates: ticket }]);
    assert.equal(read.get('Case.account'), undefined);
    assert.equal(read.get('Case.account_id'), undefined);
    assert.equal(read.get('Case.user')?.category, 'online_id');
    assert.equal(read.get('Case.user_account_id')?.category, 'online_id');
  });

  it('a longer record ending in the word is another record (a statement of account’s contacts)', () => {
    const statement = [
      field('DepotHeadVo4StatementAccount', 'telephone', 'String'),
      field('DepotHeadVo4StatementAccount', 'email', 'String'),
    ];
    const read = found(statement, [ledger, { path: 'Statement.java', candidates: statement }]);
    assert.equal(read.get('DepotHeadVo4StatementAccount.telephone')?.category, 'contact');
    assert.equal(read.get('DepotHeadVo4StatementAccount.email')?.category, 'contact');
  });
});
