/**
 * Classes of error of the fresh Go and Protobuf repositories of issue 9, session 19 (branch
 * `det-fresh-go`): an IM server's models, a bank's sqlc models and protos, a shop's GORM models and
 * protos, a hotel search's protos, a messenger's message protos. Each rule with a negative beside
 * it; names are unlike the lexicon's records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTable } from './classifyTable.js';
import { field, readRecords as read } from './recordFields.js';

classifyTable('a protobuf label (repeated, optional, required) is not part of the type it holds', [
  { name: 'addresses', owner: 'Consignee', type: 'repeated PostalAddress', expect: undefined },
  { name: 'home_address', owner: 'Consignee', type: 'optional PostalAddress', expect: 'address' },
  // A list of plain values is the data itself.
  { name: 'emails', owner: 'Consignee', type: 'repeated string', expect: 'contact' },
  { name: 'email', owner: 'Consignee', type: 'required string', expect: 'contact' },
]);

describe('a field holding a struct or message of the file, named for its role, holds that record', () => {
  it('a message’s sender and recipients typed as messages of the file are not their data', () => {
    const found = read('envelope.proto', [
      field('ChatMessage', 'sender', 'required DeviceRef'),
      field('ChatMessage', 'recipients', 'repeated PartyEntry'),
      field('DeviceRef', 'device', 'required uint64'),
      field('PartyEntry', 'user_id', 'string'),
    ]);
    assert.equal(found[0], undefined);
    assert.equal(found[1], undefined);
    assert.equal(found[3]?.category, 'online_id');
  });
  it('a Go struct field described as a person, typed as a struct of the file', () => {
    const found = read('parcel.go', [
      field('Parcel', 'Recipient', 'Party', '收件人'),
      field('Party', 'Mobile', 'string'),
    ]);
    assert.equal(found[0], undefined);
    assert.equal(found[1]?.category, 'contact');
  });
  it('money and places keep their role; a type no file here declares keeps the reading', () => {
    const found = read('checkout.proto', [
      field('Refund', 'refund_amount', 'Price'),
      field('Price', 'cents', 'int64'),
      field('ChatMessage', 'sender', 'required DeviceRef'),
      field('Parcel', 'Recipient', 'Party', '收件人'),
    ]);
    assert.equal(found[0]?.category, 'transaction');
    // `DeviceRef` and `Party` are declared in no file read here: the fields are read by their names.
    assert.equal(found[2]?.category, 'communication_records');
    assert.equal(found[3]?.category, 'name');
  });
});

classifyTable('codes written as words with their labels in brackets list values, not the field', [
  {
    name: 'channel',
    owner: 'PaymentOrder',
    type: 'string',
    comment: 'alipay(支付宝),wechat(微信)',
    expect: undefined,
  },
  {
    name: 'state',
    owner: 'Parcel',
    type: 'string',
    comment: 'SENT(已寄出),SIGNED(已签收)',
    expect: undefined,
  },
  // One code with its label is no list: the comment still says what the field is.
  { name: 'account', owner: 'Member', type: 'string', comment: 'wechat(微信号)', expect: 'contact' },
  { name: 'pay_way', owner: 'PaymentOrder', type: 'string', comment: '1微信 2支付宝', expect: undefined },
]);

classifyTable('when a person was last online or offline is their activity; a device’s is not', [
  { name: 'LastOffline', owner: 'UserPresence', type: 'int64', expect: 'online_activity' },
  {
    name: 'last_online',
    owner: 'member',
    type: 'bigint',
    comment: '最后一次在线时间',
    expect: 'online_activity',
  },
  {
    name: 'offline_at',
    owner: 'MemberPresence',
    type: 'int64',
    comment: '最后一次离线时间',
    expect: 'online_activity',
  },
  // A gateway's or a login's time is not a person's presence.
  { name: 'LastOffline', owner: 'Gateway', type: 'int64', expect: undefined },
  { name: 'last_login_time', owner: 'member', type: 'datetime', expect: undefined },
]);

classifyTable('`PassWord` and `pass_word` are the password, in a request to check one too', [
  { name: 'pass_word', owner: 'VerifyPassWordReq', type: 'string', expect: 'credential' },
  { name: 'PassWord', owner: 'Member', type: 'string', expect: 'credential' },
  { name: 'old_pwd', owner: 'VerifyPassWordReq', type: 'string', expect: 'credential' },
  // A data source's password is the system's.
  { name: 'PassWord', owner: 'DbSource', type: 'string', expect: undefined },
  { name: 'keyword', owner: 'SearchReq', type: 'string', expect: undefined },
]);

classifyTable('the secret an address verification sends proves the address is the person’s', [
  { name: 'SecretCode', owner: 'PhoneVerification', type: 'string', expect: 'credential' },
  { name: 'secret', owner: 'EmailConfirmation', type: 'string', expect: 'credential' },
  // An application's secret is the system's; a verification rule's code names the rule.
  { name: 'SecretCode', owner: 'AppConfig', type: 'string', expect: undefined },
  { name: 'code', owner: 'VerificationRule', type: 'string', expect: undefined },
]);

classifyTable('a group chat’s announcement is a message to its members; a system notice is not', [
  { name: 'Notice', owner: 'ChatGroup', type: 'string', comment: '群公告', expect: 'communication_content' },
  { name: 'group_announcement', owner: 'room', type: 'text', expect: 'communication_content' },
  { name: 'content', owner: 'sys_notice', type: 'text', comment: '通知公告内容', expect: undefined },
  { name: 'notice', owner: 'Shop', type: 'string', comment: '店铺公告', expect: undefined },
]);

describe('a struct or message held only by a thing’s record is the thing’s part', () => {
  it('a venue’s nested address and coordinates are the venue’s', () => {
    const found = read('venue.proto', [
      field('Venue', 'place', 'PostalAddress'),
      field('PostalAddress', 'city', 'string'),
      field('PostalAddress', 'lat', 'double'),
    ]);
    assert.equal(found[1], undefined);
    assert.equal(found[2], undefined);
  });
  it('a record a person’s record holds too, or a thing lists, stays a person’s', () => {
    const found = read('venue.proto', [
      field('Venue', 'place', 'PostalAddress'),
      field('Guest', 'home', 'PostalAddress'),
      field('PostalAddress', 'city', 'string'),
      field('Venue', 'staff', 'repeated Staffer'),
      field('Staffer', 'mobile', 'string'),
    ]);
    assert.equal(found[2]?.category, 'address');
    assert.equal(found[4]?.category, 'contact');
  });
  it('a Prisma relation links records of their own, not a part', () => {
    const found = read('schema.prisma', [
      field('Venue', 'place', 'PostalAddress'),
      field('PostalAddress', 'city', 'String'),
    ]);
    assert.equal(found[1]?.category, 'address');
  });
});

classifyTable('in a friendship the key named by direction is the friend; in a request it is a party', [
  { name: 'ToUID', owner: 'BuddyModel', type: 'string', expect: 'contacts_list' },
  { name: 'from_uid', owner: 'follow_link', type: 'bigint', expect: 'contacts_list' },
  // A request to befriend someone names a party, not yet a contact; a transfer's end is no person's list.
  { name: 'ToUID', owner: 'FriendApplyRecord', type: 'string', expect: 'online_id' },
  { name: 'to_uid', owner: 'PointsTransfer', type: 'bigint', expect: undefined },
]);

classifyTable('the person a chat group’s member row lists is an entry of its member list', [
  { name: 'user_id', owner: 'im_group_member', type: 'bigint', expect: 'contacts_list' },
  { name: 'Uid', owner: 'GroupMemberModel', type: 'string', expect: 'contacts_list' },
  // A user group’s (a team's, a role's) member, or an event naming a member, stays a key.
  { name: 'user_id', owner: 'user_group_member', type: 'bigint', expect: 'online_id' },
  { name: 'UserId', owner: 'GroupMemberJoinedEvent', type: 'int', expect: 'online_id' },
  { name: 'group_id', owner: 'im_group_member', type: 'bigint', expect: undefined },
]);

classifyTable('a bot is no person: its name and token are the bot’s', [
  { name: 'Token', owner: 'bot', type: 'string', expect: undefined },
  { name: 'displayName', owner: 'ChatBot', type: 'string', expect: undefined },
  // The person a bot acts for keeps their key.
  { name: 'OwnerUserId', owner: 'robot', type: 'int', comment: '关联用户ID', expect: 'online_id' },
  { name: 'Token', owner: 'member', type: 'string', expect: 'credential' },
]);

classifyTable('用户uid is 用户ID written with the key as code writes it', [
  { name: 'UID', owner: 'Setting', type: 'string', comment: '用户uid', expect: 'online_id' },
  { name: 'Target', owner: 'Setting', type: 'string', comment: '用户UID', expect: 'online_id' },
  // Without it a settings record's or a gateway's uid is the thing's.
  { name: 'UID', owner: 'Setting', type: 'string', expect: undefined },
  { name: 'UID', owner: 'Gateway', type: 'string', comment: '网关uid', expect: undefined },
]);
