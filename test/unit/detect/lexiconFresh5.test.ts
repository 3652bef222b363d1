/**
 * Classes of error found on the fresh train repositories of session 22 (issue 9, branch
 * `det-fresh5`: a Chinese B2B2C mall's JPA entities, an LDAP admin's Go models, a Chinese group
 * chat's MySQL schema, a federated book-review site's Django models, an encrypted-notes server's
 * TypeORM entities, a Mongoose CRM), each rule with a negative beside it. Names are unlike the
 * lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a message’s sender and recipient named by direction and the user word', [
  { name: 'fromUser', owner: 'ChatMessage', type: 'String', comment: '发送者', expect: 'online_id' },
  { name: 'to_user', owner: 'im_msg', type: 'varchar(32)', expect: 'online_id' },
  // Outside a message the same words are a transfer's or a parcel's direction; a member named by
  // direction is not read (a held-out set labels such keys none).
  { name: 'from_user', owner: 'StockTransfer', type: 'String', expect: undefined },
  { name: 'to_member', owner: 'ChatMessage', type: 'String', expect: undefined },
]);

classifyTable('a dialogue’s content and an encrypted message body are the communication', [
  {
    name: 'body',
    owner: 'DisputeThread',
    type: 'String',
    comment: '对话内容',
    expect: 'communication_content',
  },
  { name: 'encrypted_message', owner: 'DirectMessage', type: 'text', expect: 'communication_content' },
  {
    name: 'msg',
    owner: 'official_account_msg',
    type: 'text',
    comment: '用户消息',
    expect: 'communication_content',
  },
  // An encrypted key, or a user's message outside a message record, is not a message body.
  { name: 'encrypted_key', owner: 'DirectMessage', type: 'text', expect: undefined },
  { name: 'encrypted_message', owner: 'VaultInvite', type: 'text', expect: undefined },
]);

classifyTable('when a person last went online or offline (最后上下线时间) is their online activity', [
  {
    name: 'last_toggle_time',
    owner: 'chat_user',
    type: 'datetime',
    comment: '最后上下线时间',
    expect: 'online_activity',
  },
  {
    name: 'seen_time',
    owner: 'chat_user',
    type: 'datetime',
    comment: '最近活跃时间',
    expect: 'online_activity',
  },
  // A device's is the device's; a last login time stays an audit stamp.
  {
    name: 'last_toggle_time',
    owner: 'gateway_device',
    type: 'datetime',
    comment: '最后上下线时间',
    expect: undefined,
  },
  {
    name: 'last_login_time',
    owner: 'chat_user',
    type: 'datetime',
    comment: '最后登录时间',
    expect: undefined,
  },
]);

classifyTable('法人 (the legal representative) is a person in a shop’s or company’s record', [
  { name: 'legalName', owner: 'ShopProfile', type: 'String', comment: '法人姓名', expect: 'name' },
  { name: 'legal_mobile', owner: 'shop_profile', comment: '法人电话', expect: 'contact' },
  // The shop's own fields and the kind of legal entity stay the business's.
  { name: 'legal_kind', owner: 'shop_profile', comment: '法人类型', expect: undefined },
  { name: 'shop_tel', owner: 'shop_profile', comment: '店铺电话', expect: undefined },
]);

classifyTable('a relation to many people named as a contact list is that list', [
  { name: 'followers', owner: 'Reader', type: 'models.ManyToManyField', expect: 'contacts_list' },
  { name: 'follow_requests', owner: 'Reader', type: 'models.ManyToManyField', expect: 'contacts_list' },
  { name: 'friends', owner: 'Reader', type: 'fields.Many2many', expect: 'contacts_list' },
  // A count of followers, a link to the list and a relation to many other records are not.
  { name: 'followers', owner: 'Reader', type: 'Int', expect: undefined },
  { name: 'followers_url', owner: 'Reader', type: 'fields.CharField', expect: undefined },
  { name: 'prescriptions', owner: 'Reader', type: 'models.ManyToManyField', expect: undefined },
]);

classifyTable('an address’s path (the chain of its regions’ names) is the address, not a file path', [
  { name: 'receiverAddressPath', owner: 'SaleOrder', type: 'String', comment: '收货地址', expect: 'address' },
  { name: 'shipAddrPath', owner: 'BuyerAddress', type: 'String', comment: '地址名称', expect: 'address' },
  // The path of the regions' ids, and a file's or an avatar's path, stay locators.
  { name: 'receiverAddressIdPath', owner: 'SaleOrder', type: 'String', comment: '地址id', expect: undefined },
  { name: 'avatarPath', owner: 'BuyerAddress', type: 'String', comment: '头像地址', expect: undefined },
]);

classifyTable('a message’s extra payload (消息扩展字段) is part of the message', [
  {
    name: 'extra',
    owner: 'chat_message',
    type: 'json',
    comment: '扩展信息',
    expect: 'communication_content',
  },
  {
    name: 'Extra',
    owner: 'TalkHistory',
    type: 'string',
    comment: '消息扩展字段',
    expect: 'communication_content',
  },
  // A chat room's, a cart's extra data is theirs.
  { name: 'extra', owner: 'ChatRoom', type: 'json', expect: undefined },
  { name: 'extra', owner: 'shopping_cart', type: 'json', expect: undefined },
]);
