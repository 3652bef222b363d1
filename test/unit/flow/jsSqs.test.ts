// Node: AWS SQS/SNS clients named for the service send a message's body to a queue (v3's
// `sqs.send(new SendMessageCommand(…))`, v2's `sqs.sendMessage(…)`) (flow-fix4). A negative beside.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const JS = 'src/app/roster.js';

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'js sqs.send of a SendMessageCommand whose body holds a phone',
    text: 'async function f(parentPhone) {\n  const cmd = new SendMessageCommand({ QueueUrl: Q, MessageBody: JSON.stringify({ parentPhone }) });\n  await sqs.send(cmd);\n}\n',
    want: ['3:queue:sqs.send:contact'],
  },
  {
    rule: 'NEG js sqs.send of a queue-attributes command; send on another client',
    text: "async function f(parentPhone) {\n  await sqs.send(new GetQueueAttributesCommand({ QueueUrl: Q, AttributeNames: ['All'] }));\n  await mailer.send(parentPhone);\n}\n",
    want: [],
  },
];

describe('js AWS SQS/SNS clients', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, JS), c.want);
    });
});
