/**
 * The household register's place and a place of origin (the lead's rulings of session 22, issue
 * 9, branch `det-precision2`): 户籍地址, 户籍地, 户口所在地 and 户口地址 are household registration,
 * 籍贯 is basic profile; a plain 住址 or 现住址 stays an address, and a register's division code
 * or police district is a reference to a region.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldCategory } from '../../support/fieldCategory.js';

const category = fieldCategory;

describe('the household register’s place', () => {
  it('reads the registered address as household registration', () => {
    assert.equal(category('hjdz', 'Resident'), 'household_registration');
    assert.equal(category('huKouDZXX', 'BR_DA_JiBenXXModel'), 'household_registration');
    assert.equal(category('hJXZ', 'DmDataPopulationDto', '户籍详细地址'), 'household_registration');
    assert.equal(category('hukouAddress', 'Employee'), 'household_registration');
  });

  it('lets a description naming the register overrule an English address word', () => {
    assert.equal(category('domicile', 'UserCompanyPersonal', '户籍所在地'), 'household_registration');
    assert.equal(category('residence_address', 'tp_archive', '户籍地址'), 'household_registration');
  });

  it('keeps where the person lives an address', () => {
    assert.equal(category('domicile', 'Member'), 'address');
    assert.equal(category('address', 'Employee', '现住址'), 'address');
    assert.equal(category('homeAddress', 'Member', '家庭住址'), 'address');
  });

  it('reads a region code or a police district of the register as no one’s data', () => {
    assert.equal(category('hJQH', 'DmDataPopulationDto', '户籍区划'), 'none');
    assert.equal(category('domicileArea', 'PersonRegisterRequest', '户籍地区划'), 'none');
    assert.equal(category('jWZRQ', 'DmDataPopulationDto', '户籍责任区'), 'none');
    assert.equal(category('xZZBH', 'DmDataPopulationDto', '现住址编号'), 'none');
  });
});

describe('a place of origin', () => {
  it('reads 籍贯 as basic profile', () => {
    assert.equal(category('nativePlace', 'Employee', '籍贯'), 'basic_profile');
    assert.equal(category('native_place', 'tp_archive'), 'basic_profile');
    assert.equal(category('jiGuanSFMC', 'BR_DA_JiBenXXModel'), 'basic_profile');
    assert.equal(category('origin_place', 'guest_info', '籍贯'), 'basic_profile');
    assert.equal(category('cSXZ', 'DmDataPopulationDto', '出生详址'), 'basic_profile');
  });

  it('keeps the household register’s own record household registration', () => {
    assert.equal(category('hukouType', 'Employee'), 'household_registration');
    assert.equal(category('domicilePlace', 'PersonRegisterRequest', '户籍地'), 'household_registration');
  });
});
