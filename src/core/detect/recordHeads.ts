/**
 * Head nouns of records that decide whose a field is (`decide.ts`): records filing a person's
 * particulars under a thing's word, things a person owns or belongs to, places, files and links,
 * and call or message records.
 */
import type { CategoryKey } from '../law/schema.js';
import { COMMUNICATION_ZH, type OwnerReading } from './readings.js';
import type { CompiledVocabulary } from './vocabulary/index.js';

/**
 * Heads of records that file one person's particulars though the word names a thing: a patient
 * master index (`PAT_MASTER_INDEX`), an admission notice, a register of people (人员字典).
 */
export const PERSON_FILE_HEADS: ReadonlySet<string> = new Set([
  'master',
  'index',
  'notice',
  'dict',
  'dictionary',
  '字典',
]);

/**
 * Heads of documents made out to one person (`CovCertificate`, `VaccinationCertificate`): a
 * certificate is a thing's word (a TLS certificate) until the record holds a natural person's
 * name or birth date, which no key pair has; then the record is its holder's.
 */
export const PERSON_DOCUMENT_HEADS: ReadonlySet<string> = new Set(['certificate', 'cert']);

/** Head nouns of records about a thing that a person may own or belong to. */
export const THING_HEADS: ReadonlySet<string> = new Set([
  'group',
  'team',
  'passkey',
  'token',
  'key',
  'type',
  'category',
  'tag',
  'label',
  'template',
  'menu',
  'role',
  'folder',
  'channel',
  'webhook',
  'setting',
  'config',
  'space',
]);

/** Head nouns of a place's record, whose contact details are the place's. */
export const PLACE_RECORD_HEADS: ReadonlySet<string> = new Set(['location', 'venue', 'place', 'poi']);

/** Names of files and links: `avatar`, `qrcode_url`, `home_path`, `logo`. */
const LOCATOR_NAMES: ReadonlySet<string> = new Set([
  'url',
  'uri',
  'link',
  'href',
  'src',
  'path',
  'avatar',
  'icon',
  'logo',
  'qrcode',
  'qr',
  'thumbnail',
  'thumb',
  'banner',
  'cover',
]);

/**
 * `avatar` described as `头像地址`, `qrcode_url` as `二维码地址`: 地址 (address) there is a URL.
 * A field named as a link or file holds a location on the web, never where someone lives.
 */
export function locatesFile(category: CategoryKey, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  // An address's path (`consigneeAddressPath` // 地址名称，'，'分割) is the chain of its regions'
  // names, province to district, as Chinese shops store it; a path of region ids
  // (`addressIdPath`) ends in `id path` and stays a locator's.
  if (last === 'path' && ADDRESS_WORDS.has(words[words.length - 2] ?? '')) return false;
  return category === 'address' && LOCATOR_NAMES.has(last);
}

const ADDRESS_WORDS: ReadonlySet<string> = new Set(['address', 'addr']);

/** The owner is a call, SMS or message record (`cdr_voice`, `sms_detail`, 话单). */
export function isCommunication(owner: OwnerReading, vocab: CompiledVocabulary): boolean {
  for (const w of owner.words) if (vocab.communicationOwners.has(w)) return true;
  return COMMUNICATION_ZH.some((z) => owner.gates.has(z));
}
