// People named by their part in a family or a ceremony (a bride, a groom, a husband, a wife, an
// elder in care; 新娘, 新郎, 丈夫, 妻子, 老人) own their fields as any person does: `BrideName` is a
// name, `elderPhone` a contact detail (train labels `brideName`, `groomName` as names). Negatives
// beside: what is no person's stays so.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fieldCategory } from '../../support/fieldCategory.js';

describe('family and ceremony roles own their fields', () => {
  const cases: [string, string, string][] = [
    ['BrideName', 'Lead', 'name'],
    ['groom_name', 'wedding_lead', 'name'],
    ['ElderName', 'Order', 'name'],
    ['wifePhone', 'Household', 'contact'],
    ['husbandIdCard', 'MarriageBooking', 'id_number'],
    ['新娘姓名', 'Lead', 'name'],
    ['老人姓名', 'CareOrder', 'name'],
    // Negatives: a role word with nothing personal after it, and things' names.
    ['elderCareLevel', 'Order', 'none'],
    ['brideSignature', 'Registration', 'none'],
    ['VenueName', 'Lead', 'none'],
  ];
  for (const [name, owner, want] of cases)
    test(`${owner}.${name} → ${want}`, () => {
      assert.equal(fieldCategory(name, owner), want);
    });
});
