/**
 * Issue 9 (session 21, branch `det-health`): a person's `position` written as text is the post
 * they hold, in any record of a person (a WeCom member, a speaker, an organisation's contact);
 * held as a number, a flag or a map, or in a thing's record, it is not.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a position written as text in a person’s record is the post they hold', [
  { name: 'Position', owner: 'EventUserCreate', type: 'string', expect: 'education_work' },
  { name: 'position', owner: 'OrganizationContact', type: 'String', expect: 'education_work' },
  { name: 'position', owner: 'Speaker', type: 'models.CharField', expect: 'education_work' },
  // A place in a list, a side of the body, a point on a map, a thing's position: not a post.
  { name: 'position', owner: 'AttendeeSignup', type: 'models.PositiveIntegerField', expect: undefined },
  { name: 'position', owner: 'User', type: 'int', expect: undefined },
  { name: 'driverposition', owner: 'PassengerOrder', type: 'Map<String,Object>', expect: undefined },
  { name: 'position', owner: 'ProductImage', type: 'String', expect: undefined },
  { name: 'sortPosition', owner: 'User', type: 'String', expect: undefined },
  // An employee's position is their post whatever its type; a description saying 职位 still reads.
  { name: 'position', owner: 'Employee', type: 'int', expect: 'education_work' },
  { name: 'position', owner: 'Item', type: 'int', comment: '职位', expect: 'education_work' },
]);

classifyTable('a photo of a person’s face described as such is face information', [
  { name: 'staffPhoto', owner: 'UserCompanyPersonal', type: 'String', comment: '员工照片', expect: 'face' },
  {
    name: 'interview_pic',
    owner: 'tdq_credit_user',
    type: 'varchar(255)',
    comment: '面签照片',
    expect: 'face',
  },
  // An avatar, a room's photo and an ID card's front image are not.
  { name: 'staffPhoto', owner: 'User', type: 'String', comment: '用户头像', expect: undefined },
  { name: 'photo', owner: 'Room', type: 'String', comment: '房间照片', expect: undefined },
  {
    name: 'SFZZMZP',
    owner: 'CLAIM',
    type: 'VARCHAR2(256)',
    comment: '身份证正面照片',
    expect: 'id_card_image',
  },
]);
