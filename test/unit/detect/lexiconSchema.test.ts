/**
 * Classes of error found on the train split of the real-code field lexicon in schema and
 * TypeScript formats (GraphQL, OpenAPI, Prisma, TypeORM, Mongoose; issue 9): each rule with a
 * negative beside it. Names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a nested record named for its type is not reported again; its fields are', [
  { name: 'address', owner: 'Customer', type: 'PostalAddress', expect: undefined },
  { name: 'location', owner: 'CourierProfile', type: 'GeoLocationInput', expect: undefined },
  { name: 'location', owner: 'Member', type: 'Promise<CityLocation>', expect: undefined },
  // A qualifier the type lacks says which of the person's addresses it is.
  { name: 'homeAddress', owner: 'Customer', type: 'PostalAddress', expect: 'address' },
  // A part of an address read inside one (`state` of an address) is still that part.
  { name: 'province', owner: 'CustomerAddress', type: 'Province', expect: 'address' },
  // The same word as text is the data.
  { name: 'address', owner: 'Customer', type: 'String', expect: 'address' },
  // A shift's wage object and a Go pointer to a card record hold records whose fields are the money.
  { name: 'wage', owner: 'Shift', type: 'ShiftWage', expect: undefined },
  { name: 'bank_card', owner: 'Member', type: '*BankCard', expect: undefined },
  { name: 'bank_card', owner: 'Member', type: 'string', expect: 'property' },
  // `Info` ends a type's name as `Dto` does (`CreditCardInfo`): the card record, not its number.
  { name: 'debit_card', owner: 'CheckoutRequest', type: 'DebitCardInfo', expect: undefined },
  { name: 'debit_card', owner: 'CheckoutRequest', type: 'DebitCardToken', expect: 'property' },
]);

classifyTable('a record named for a contact point and the thing it is nests; a bare phone object does not', [
  { name: 'emailInbox', owner: 'Reminder', type: 'EmailInbox', expect: undefined },
  { name: 'mobileContact', owner: 'Reminder', type: 'MobileContact?', expect: undefined },
  // A bare contact object may be a value object holding the number itself; text is the data.
  { name: 'phone', owner: 'Member', type: 'Phone', expect: 'contact' },
  { name: 'emailInbox', owner: 'Reminder', type: 'String', expect: 'contact' },
  { name: 'mobileContact', owner: 'Reminder', type: 'String', expect: 'contact' },
]);

classifyTable('a list of records named for their type is a relation, unless its word is distinctive', [
  { name: 'backupEmails', owner: 'Mailbox', type: 'BackupEmail[]', expect: undefined },
  { name: 'phones', owner: 'Customer', type: 'array<Phone>', expect: undefined },
  { name: 'pushTokens', owner: 'Device', type: '[PushToken!]!', expect: undefined },
  // A distinctive word keeps the list its meaning, and a list of plain values holds the data.
  { name: 'bankCards', owner: 'Customer', type: '[BankCard]', expect: 'property' },
  { name: 'phones', owner: 'Customer', type: 'String[]', expect: 'contact' },
]);

classifyTable('a field typed as a sort direction or a setting holds no data', [
  { name: 'buyerLastName', owner: 'InvoiceSortParameter', type: 'SortOrder', expect: undefined },
  { name: 'email', owner: 'AlertSettings', type: 'ChannelPreferenceStatus', expect: undefined },
  // A type named for the data itself is the data.
  { name: 'maritalStatus', owner: 'Applicant', type: 'MaritalStatus', expect: 'marital_orientation' },
  { name: 'buyerLastName', owner: 'Invoice', type: 'String', expect: 'name' },
]);

classifyTable('a relation typed as a person’s record is not a key; an ORM key type is the key column', [
  // `customer: Promise<Customer>` holds the record; its key column, declared beside it, is reported.
  { name: 'customer', owner: 'Voucher', type: 'Promise<Customer>', expect: undefined },
  { name: 'customer', owner: 'Voucher', type: 'Customer', expect: undefined },
  // A Mongoose ObjectId or a Django ForeignKey declares the key column itself.
  { name: 'user', owner: 'LoginAttempt', type: 'mongoose.Schema.Types.ObjectId', expect: 'online_id' },
  { name: 'customer', owner: 'Voucher', type: 'models.ForeignKey', expect: 'online_id' },
  // A relation to many records holds none of them, and a relation to a thing is the thing's.
  { name: 'customers', owner: 'Shop', type: 'Promise<Customer[]>', expect: undefined },
  { name: 'warehouse', owner: 'Voucher', type: 'Promise<Warehouse>', expect: undefined },
  // A promised value is read as that value.
  { name: 'nickname', owner: 'Voucher', type: 'Promise<string>', expect: 'online_id' },
]);

classifyTable('an operation named for an action is not the data its description names', [
  {
    name: 'setCartShippingAddress',
    owner: 'Mutation',
    type: 'Cart!',
    comment: 'Sets the shipping address of a cart',
    expect: undefined,
  },
  { name: 'unsetCartBillingAddress', owner: 'Mutation', type: 'Cart!', expect: undefined },
  { name: 'smsTemplates', owner: 'Query', type: 'TemplateList', expect: undefined },
  // A field named for nothing is still read from its description.
  {
    name: 'dest',
    owner: 'Parcel',
    type: 'String',
    comment: 'The buyer’s shipping address.',
    expect: 'address',
  },
]);

classifyTable('a QQ uin keys an IM account', [
  { name: 'uin', owner: 'LoginResp', type: 'Long', expect: 'online_id' },
  { name: 'senderUin', owner: 'ChatMsgHead', type: 'int64', expect: 'online_id' },
  // A group's number is the group's.
  { name: 'group_uin', owner: 'ChatMsgHead', type: 'int64', expect: undefined },
]);

classifyTable('a webhook payload or an invitation is about the person it names', [
  { name: 'email', owner: 'MemberWebhookPayload', type: 'String!', expect: 'contact' },
  { name: 'email', owner: 'WorkspaceInvitation', type: 'String', expect: 'contact' },
  // A webhook's own settings are the service's.
  { name: 'secret', owner: 'Webhook', type: 'String', expect: undefined },
]);

classifyTable('a list of keys of things (`…_ids`) is not the things', [
  { name: 'location_ids', owner: 'Employee', type: 'array<string>', expect: undefined },
  { name: 'location', owner: 'Employee', type: 'String', expect: 'whereabouts' },
]);

classifyTable('a coded value list after a space names what codes stand for', [
  { name: 'notify_way', owner: 'member', type: 'int', comment: '通知方式 1微信 2短信', expect: undefined },
  { name: 'wx', owner: 'member', type: 'varchar(32)', comment: '会员微信号', expect: 'contact' },
]);

classifyTable('an English description repeating a weak word confirms nothing', [
  {
    name: 'geoCity',
    owner: 'AuthSessionResponse',
    type: 'String',
    comment: 'Geo city name.',
    expect: undefined,
  },
  { name: 'city', owner: 'Customer', type: 'String', comment: 'The city name.', expect: 'address' },
]);

classifyTable('a person’s name alone typed as a key holds that person’s key', [
  { name: 'patient', owner: 'ScanOrder', type: 'string', expect: 'health' },
  { name: 'user', owner: 'ChatHistory', type: 'String', expect: 'online_id' },
  // An owner or author string is as often a name or a login; a nested object is not a key.
  { name: 'owner', owner: 'ScanOrder', type: 'string', expect: undefined },
  { name: 'user', owner: 'ChatHistory', type: 'ChatUser', expect: undefined },
]);

classifyTable('a billing period or cycle is not a menstrual one', [
  { name: 'periodEnd', owner: 'Invoice', type: 'DateTime?', expect: undefined },
  { name: 'cycleLength', owner: 'Subscription', type: 'Int', expect: undefined },
  { name: 'period_start', owner: 'MenstrualLog', type: 'date', expect: 'health' },
]);

classifyTable('money objects of a payment or an order are what the person paid', [
  { name: 'total_money', owner: 'Charge', type: 'Money', expect: 'transaction' },
  { name: 'tip_money', owner: 'CheckoutPayment', type: 'Money', expect: 'transaction' },
  // A product's or a store's money is the shop's.
  { name: 'price_money', owner: 'CatalogItem', type: 'Money', expect: undefined },
]);

classifyTable('a company’s or a merchant’s account is the business’s, not an employer', [
  { name: 'companyAccount', owner: 'ListTerminalsUnderAccountRequest', type: 'string', expect: undefined },
  { name: 'merchant_account', owner: 'Account', type: 'string', expect: undefined },
  { name: 'company', owner: 'Employee', type: 'string', expect: 'education_work' },
]);

classifyTable('a date of birth written `DoB` is one word', [
  { name: 'guardianDoB', owner: 'BirthSearchInput', type: 'String', expect: 'basic_profile' },
  { name: 'doBackup', owner: 'Customer', type: 'Boolean', expect: undefined },
]);

classifyTable('a Mongoose `…Document` or `…Schema` is the record it is named for', [
  { name: 'password', owner: 'MemberDocument', type: 'string', expect: 'credential' },
  { name: 'email', owner: 'CustomerSchema', type: 'String', expect: 'contact' },
  // A document of its own (a file, an article) is still a thing.
  { name: 'password', owner: 'Document', type: 'string', expect: undefined },
]);

classifyTable('a comment or reply posted under an issue or an article is published, not a communication', [
  { name: 'body', owner: 'IssueComment', type: 'String!', expect: undefined },
  { name: 'content', owner: 'TopicReply', type: 'String', expect: undefined },
  // A chat message's content is the communication itself.
  { name: 'content', owner: 'ChatMessage', type: 'String', expect: 'communication_content' },
]);
