// A Python request built by its snake-case setters and adders (`req.add_query_param("PhoneNumbers",
// phone)`, `req.set_phone_numbers(phone)`) holds what they were given, as Java's `setX` put theirs
// (walkCall.ts MUTATOR); Alibaba Cloud's core SDK sends it (`acs.do_action_with_exception(req)`).
// Negatives beside.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const PY = 'app/notify.py';

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'py add_query_param puts the phone into the request the SDK sends',
    text: 'def f(acs, seller):\n    req = CommonRequest()\n    req.add_query_param("PhoneNumbers", seller.phone)\n    acs.do_action_with_exception(req)\n',
    want: ['4:sdk:acs.do_action_with_exception:contact'],
  },
  {
    rule: 'py a snake-case setter does the same',
    text: 'def f(client, user):\n    req = SendSmsRequest()\n    req.set_phone_numbers(user.mobile)\n    client.do_action_with_exception(req)\n',
    want: ['4:sdk:client.do_action_with_exception:contact'],
  },
  {
    rule: 'NEG py a request given only constants sends no PI',
    text: 'def f(acs):\n    req = CommonRequest()\n    req.add_query_param("SignName", "shop")\n    acs.do_action_with_exception(req)\n',
    want: [],
  },
  {
    rule: 'NEG py a setter on one request does not reach another',
    text: 'def f(acs, user):\n    a = CommonRequest()\n    b = CommonRequest()\n    a.set_phone_numbers(user.mobile)\n    acs.do_action_with_exception(b)\n',
    want: [],
  },
];

describe('python requests built by setters', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, PY), c.want);
    });
});
