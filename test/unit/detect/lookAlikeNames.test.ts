/**
 * Names that only look like personal data (issue 9, session 22, branch `det-precision2`): the
 * label a person gives a saved address (`addressName` "Home", 地址标题) names the entry, not where
 * anyone lives. 地址名称 alone is no such label: shops write it for the chain of an address's regions
 * (`consigneeAddressPath` // 地址名称，'，'分割), so the field's name decides there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldCategory } from '../../support/fieldCategory.js';

const category = fieldCategory;

describe('an address’s label', () => {
  it('is no address', () => {
    assert.equal(category('addressName', 'CustomerAddressImpl'), 'none');
    assert.equal(category('title', 'PubMostaddress', '地址标题'), 'none');
    assert.equal(category('alias', 'UserAddress', '地址别名'), 'none');
    assert.equal(category('address_label', 'UserAddress'), 'none');
  });

  it('leaves the address itself and the recipient’s name', () => {
    assert.equal(category('address', 'CustomerAddressImpl'), 'address');
    assert.equal(category('detail', 'PubMostaddress', '详细地址'), 'address');
    assert.equal(category('name', 'UserAddress', '收货人姓名'), 'name');
  });
});
