/**
 * A residence permit (居住证) is a registration of where one lives, read as household
 * registration with its dates and city, not as the dwelling `residence` names alone (issue 9,
 * session 21, branch `det-precision`). Its number stays an identity-document number.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldCategory } from '../../support/fieldCategory.js';

const category = fieldCategory;

describe('residence permits', () => {
  it('reads a residence permit’s dates and city as household registration', () => {
    assert.equal(
      category('dateOfResidencePermit', 'UserCompanyPersonal', '居住证办理日期'),
      'household_registration',
    );
    assert.equal(category('residencePermitDeadline', 'EmployeeProfile'), 'household_registration');
    assert.equal(
      category('residenceCardCity', 'UserCompanyPersonal', '居住证城市'),
      'household_registration',
    );
  });

  it('keeps the residence itself an address and the permit’s number an identity number', () => {
    assert.equal(category('residence', 'Member'), 'address');
    assert.equal(category('residenceAddress', 'Employee', '居住地址'), 'address');
    assert.equal(category('residencePermitNo', 'Employee', '居住证号'), 'id_number');
  });
});
