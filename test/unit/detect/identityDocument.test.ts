/**
 * Identity documents (session 11, branch `det-rules`; `docs/detection-rulings.md`, "Identity
 * documents"): an image of a resident ID card is `id_card_image`, the card's number `id_number`,
 * and the dates a person's document was issued, becomes valid or expires are the document's data
 * (`id_number`) even when declared as dates. Names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an image of a resident ID card is the card image; its number is the number', [
  {
    name: 'sfz_front_url',
    owner: 'tenant_person',
    type: 'varchar(255)',
    comment: '身份证正面图片',
    expect: 'id_card_image',
  },
  { name: 'id_card_back', owner: 'courier', type: 'varchar(255)', expect: 'id_card_image' },
  { name: 'id_card_no', owner: 'courier', type: 'varchar(18)', expect: 'id_number' },
  // A company's licence picture is nobody's identity document.
  {
    name: 'licence_pic',
    owner: 'merchant',
    type: 'varchar(255)',
    comment: '营业执照图片',
    expect: undefined,
  },
]);

classifyTable('the validity of a person’s identity document, declared as a date, is the document’s', [
  {
    name: 'valid_to',
    owner: 'tenant_person',
    type: 'date',
    comment: '身份证有效期截止',
    expect: 'id_number',
  },
  { name: 'doc_expire_on', owner: 'guest', type: 'datetime', comment: '证件到期日期', expect: 'id_number' },
  { name: 'IssuedBy', owner: 'Courier', type: 'time.Time', comment: '身份证签发日期', expect: 'id_number' },
  // When the card was checked or entered is the system's row, not the document's data.
  {
    name: 'id_card_checked_at',
    owner: 'courier',
    type: 'datetime',
    comment: '身份证核验时间',
    expect: undefined,
  },
  // A business licence's validity is a company's.
  { name: 'licence_end', owner: 'merchant', type: 'date', comment: '营业执照有效期', expect: undefined },
]);
