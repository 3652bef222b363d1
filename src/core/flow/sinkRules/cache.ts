/**
 * Calls that store their arguments in a cache: plain storage of PI (sinks.ts reads them).
 */
import { ALL, CS, GO, P, type SinkRuleInput } from './schema.js';

export const CACHE_SINKS: readonly SinkRuleInput[] = [
  {
    kind: 'cache',
    // node-redis 4 spells its commands in camel case (`hSet`, `setEx`); a counter or a set keyed
    // by PI (`incr("attempts:" + idNo)`) stores the key as a write does.
    callee: String.raw`${P}_?(?:redis|redisClient|cache|jedis|redisTemplate|stringRedisTemplate|opsForValue\(\)|opsForHash\(\))\.(?:set|setex|hset|hmset|lpush|rpush|put|putAll|setnx|sadd|zadd|geoadd|incr|incrby|hincrby|increment|setEx|setNX|hSet|hSetNX|hmSet|lPush|rPush|sAdd|zAdd|geoAdd|incrBy|hIncrBy)`,
    languages: ALL,
  },
  {
    kind: 'cache',
    callee: String.raw`${P}(?:rdb|redis|redisClient|redisCli|cache|client)\.(?:Set|SetEX|SetNX|HSet|HMSet|LPush|RPush|SAdd|ZAdd|GeoAdd|Incr|IncrBy|HIncrBy)`,
    languages: GO,
  },
  // .NET: StackExchange.Redis (`IDatabase`) and IDistributedCache writes.
  {
    kind: 'cache',
    callee: String.raw`${P}(?:_?redis|_?db|_?database|_?cache|_?distributedCache)\.(?:StringSet|HashSet|ListLeftPush|ListRightPush|SetAdd|SetString|Set)(?:Async)?`,
    languages: CS,
  },
];
