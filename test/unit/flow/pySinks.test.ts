// Python sinks found from the tuning sets (flow-fix4): a redis-py client known by the call that
// made it, aiokafka's `send_and_wait`, and a pandas table written by its own `to_excel`/`to_csv`.
// Each with a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const PY = 'app/service.py';

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'py a redis client named r, made by redis.Redis.from_url',
    text: 'import redis\nr = redis.Redis.from_url("redis://cache:6379/4")\n\ndef f(p):\n    r.hset(f"p:{p.id_card_no}", mapping={"no": 1})\n',
    want: ['5:cache:r.hset:id_number'],
  },
  {
    rule: 'py an awaited write on a redis.asyncio client',
    text: 'import redis.asyncio as redis\nr = redis.Redis(host="cache")\n\nasync def f(p):\n    await r.set("k", p.id_card_no)\n',
    want: ['5:cache:r.set:id_number'],
  },
  {
    rule: 'NEG py r made by something else (a regex match, a requests session)',
    text: 'import re, requests\nr = re.compile("x")\ns = requests.Session()\n\ndef f(p):\n    r.set("k", p.id_card_no)\n    s.set("k", p.id_card_no)\n',
    want: [],
  },
  {
    rule: 'NEG py a redis client read, not written',
    text: 'import redis\nr = redis.Redis(host="cache")\n\ndef f(p):\n    return r.get(f"p:{p.id_card_no}")\n',
    want: [],
  },
  {
    rule: 'py aiokafka producer.send_and_wait',
    text: 'async def f(producer, employee_no, id_card_no):\n    await producer.send_and_wait("topic", id_card_no)\n',
    want: ['2:queue:producer.send_and_wait:id_number'],
  },
  {
    rule: "NEG py send_and_wait on what is not a producer's name",
    text: 'async def f(link, id_card_no):\n    await link.send_and_wait("topic", id_card_no)\n',
    want: [],
  },
  {
    rule: 'py a DataFrame of PI rows written by df.to_excel',
    text: 'import pandas as pd\n\ndef f(deals, path):\n    df = pd.DataFrame([{"n": d.buyer_name} for d in deals])\n    df.to_excel(path, index=False)\n',
    want: ['5:export:df.to_excel:name'],
  },
  {
    rule: 'NEG py a DataFrame of counts written by df.to_csv',
    text: 'import pandas as pd\n\ndef f(deals, path):\n    df = pd.DataFrame([{"n": d.total} for d in deals])\n    df.to_csv(path, index=False)\n',
    want: [],
  },
];

describe('python sinks (redis client, aiokafka, pandas)', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, PY), c.want);
    });
});

const celery: { rule: string; text: string; want: string[] }[] = [
  {
    rule: "py a Celery task's delay sends its arguments to the broker",
    text: 'from .tasks import notify\n\ndef f(form):\n    notify.delay(form.real_name, form.phone)\n    notify.apply_async(args=[form.phone])\n',
    want: ['4:queue:notify.delay:contact+name', '5:queue:notify.apply_async:contact'],
  },
  {
    rule: 'NEG py a Celery task given an intake id and a time',
    text: 'from .tasks import match\n\ndef f(intake_id, form):\n    match.delay(intake_id, form.preferred_time)\n',
    want: [],
  },
];

describe('python Celery tasks', () => {
  for (const c of celery)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, PY), c.want);
    });
});

const collections: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'py a loop over rows: list[Model] holds the model’s records',
    text: 'from pydantic import BaseModel\n\nclass Insured(BaseModel):\n    insured_name: str\n    id_card_no: str\n\ndef f(rows: list[Insured]):\n    for rec in rows:\n        print(rec.model_dump())\n',
    want: ['9:log:print:id_number+name'],
  },
  {
    rule: 'NEG py a sum over rows: list[Model] of a non-personal field; the list itself is no record',
    text: 'from pydantic import BaseModel\n\nclass Insured(BaseModel):\n    insured_name: str\n    id_card_no: str\n    base: int\n\ndef f(rows: list[Insured]):\n    print(sum(x.base for x in rows))\n    print(len(rows))\n',
    want: [],
  },
];

describe('python collections of a model', () => {
  for (const c of collections)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, PY), c.want);
    });
});

const projections: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'py model_dump(include={…}) carries only the members it names',
    text: 'from pydantic import BaseModel\n\nclass Insured(BaseModel):\n    insured_name: str\n    id_card_no: str\n    mobile: str\n\ndef f(rec: Insured):\n    print(rec.model_dump(include={"id_card_no"}))\n',
    want: ['9:log:print:id_number'],
  },
  {
    rule: 'NEG py model_dump() without include, or with a computed include, carries the whole record',
    text: 'from pydantic import BaseModel\n\nclass Insured(BaseModel):\n    id_card_no: str\n    mobile: str\n\ndef f(rec: Insured, keep):\n    print(rec.model_dump())\n    print(rec.model_dump(include=keep))\n',
    want: ['8:log:print:contact+id_number', '9:log:print:contact+id_number'],
  },
];

describe('python pydantic projections', () => {
  for (const c of projections)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, PY), c.want);
    });
});

const firebase: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'py firebase_admin messaging.send of a notification naming the rider',
    text: 'from firebase_admin import messaging\n\ndef f(rider):\n    messaging.send(messaging.Message(notification=messaging.Notification(body=f"{rider.real_name} 请更新")))\n',
    want: ['4:sdk:messaging.send:name'],
  },
  {
    rule: 'NEG py messaging.send of a constant notice; a mail module send',
    text: 'from firebase_admin import messaging\n\ndef f(rider):\n    messaging.send(messaging.Message(topic="riders", notification=messaging.Notification(body="请更新")))\n    mailbox.send(rider.real_name)\n',
    want: [],
  },
];

describe('python Firebase Admin messaging', () => {
  for (const c of firebase)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, PY), c.want);
    });
});

const jpushPy: { rule: string; text: string; want: string[] }[] = [
  {
    rule: "py JPush: the push object's send() sends the payload set on it",
    text: 'import jpush\nJPUSH = jpush.JPush("k", "s")\n\ndef f(report):\n    push = JPUSH.create_push()\n    push.notification = jpush.notification(alert=f"{report.patient_name} 报告已出")\n    push.send()\n',
    want: ['7:sdk:push.send:name'],
  },
  {
    rule: 'NEG py JPush payload builders are no send',
    text: 'import jpush\n\ndef f(report):\n    audience = jpush.audience(jpush.alias(report.patient_name))\n    return audience\n',
    want: [],
  },
];

describe('python JPush', () => {
  for (const c of jpushPy)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, PY), c.want);
    });
});
