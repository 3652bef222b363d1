/**
 * Calls that publish their arguments to a message queue (sinks.ts reads them).
 */
import { ALL, GO, JS, P, PY, type SinkRuleInput } from './schema.js';

export const QUEUE_SINKS: readonly SinkRuleInput[] = [
  {
    kind: 'queue',
    callee: String.raw`${P}(?:producer|kafka|kafkaProducer|kafkaTemplate|rocketMQTemplate|rabbitTemplate|amqpTemplate|channel|mqProducer)\.(?:send|sendAsync|syncSend|asyncSend|sendOneWay|convertAndSend|sendToQueue|publish|basic_publish|produce|send_and_wait)`,
    languages: ALL,
  },
  {
    kind: 'queue',
    // kafka-go's `WriteMessages` is its own, on whatever field holds the writer (`s.w`).
    callee: String.raw`${P}(?:writer|kafkaWriter|producer|Producer)\.(?:Produce|SendMessage|SendMessages|Publish)|${P}\w+\.WriteMessages|${P}(?:ch|channel)\.(?:Publish|PublishWithContext)`,
    languages: GO,
  },
  // AWS SQS and SNS from Node: v3's `sqs.send(new SendMessageCommand({ MessageBody }))`, v2's
  // `sqs.sendMessage({ … })`, on a client named for the service.
  {
    kind: 'queue',
    callee: String.raw`${P}(?:sqs|sqsClient|sns|snsClient)\.(?:send|sendMessage|sendMessageBatch|publish)`,
    languages: JS,
  },
  // amqplib's channel under its usual short name (`ch.publish(exchange, key, content)`); pika's
  // `basic_publish` is the channel's own method, whatever holds it (`conn.channel()` as `ch`).
  { kind: 'queue', callee: String.raw`${P}(?:ch|confirmChannel)\.(?:publish|sendToQueue)`, languages: JS },
  { kind: 'queue', callee: String.raw`${P}\w+\.basic_publish`, languages: PY },
  // Celery: a task's `.delay(…)`/`.apply_async(…)` sends its arguments to the broker.
  { kind: 'queue', callee: String.raw`${P}\w+\.(?:delay|apply_async)`, languages: PY },
  // Producers held in private fields (`self._producer`, C# `_producer`); Confluent.Kafka's
  // `ProduceAsync`; NATS connections and JetStream (`nc.publish`, Go `nc.Publish`).
  {
    kind: 'queue',
    callee: String.raw`${P}_(?:producer|kafkaProducer|channel|mqProducer)\.(?:send|produce|publish|basic_publish)|${P}_?(?:producer|kafkaProducer)\.(?:ProduceAsync|Produce)|${P}(?:nc|nats|natsConn|js|jetStream)\.(?:publish|Publish|PublishMsg|PublishAsync)`,
    languages: ALL,
  },
];
