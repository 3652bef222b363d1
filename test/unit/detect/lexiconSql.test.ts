/**
 * SQL column comments and names the vocabulary lacked, and a person named by their part before
 * what the comment names (issue 9, branch `det-sql`; `vocabulary/ddlColumns.ts`, `readHanText`
 * in `analyze.ts`). Each rule with a negative beside it; names are unlike the lexicon's records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a person named by their part before a name or a phone owns it, in any record', [
  { name: 'x1', owner: 'project', type: 'varchar(20)', comment: '经办人手机号', expect: 'contact' },
  { name: 'x2', owner: 'project', type: 'varchar(50)', comment: '经办人姓名', expect: 'name' },
  { name: 'x3', owner: 'bank_branch', type: 'varchar(20)', comment: '负责人的电话', expect: 'contact' },
  // The branch's own phone, and an audit column naming who created the row, stay none.
  { name: 'x4', owner: 'bank_branch', type: 'varchar(20)', comment: '网点电话', expect: undefined },
  { name: 'creator_name', owner: 'project', type: 'varchar(50)', comment: '创建人姓名', expect: undefined },
]);

classifyTable('when a person joined the party or its league; citizenship is nationality', [
  { name: 'join_day', owner: 'staff', type: 'date', comment: '入团日期', expect: 'basic_profile' },
  { name: 'x', owner: 'applicant', type: 'varchar(40)', comment: '入党时间', expect: 'basic_profile' },
  { name: 'citizenship', owner: 'applicant', type: 'varchar(40)', expect: 'basic_profile' },
  // A lookup table of such dates is nobody's file.
  { name: 'x', owner: 'dict', type: 'varchar(40)', comment: '入党时间', expect: undefined },
]);

classifyTable('an employee file’s reward records and a pupil’s school; a rule or the school itself is not', [
  { name: 'x', owner: 'employee', type: 'date', comment: '奖罚日期', expect: 'education_work' },
  { name: 'x', owner: 'pupil', type: 'varchar(40)', comment: '学校名字', expect: 'education_work' },
  { name: 'x', owner: 'bonus_rule', type: 'varchar(20)', comment: '奖罚类型', expect: undefined },
  { name: 'x', owner: 'school', type: 'varchar(40)', comment: '学校名字', expect: undefined },
]);

classifyTable('the teacher of a lesson is named by their part; their key is a key', [
  { name: 'lecturer', owner: 'lesson', type: 'varchar(20)', comment: '任课老师', expect: 'name' },
  { name: 'x', owner: 'lesson', type: 'int', comment: '任课老师ID', expect: undefined },
]);

classifyTable('national identity numbers of other countries, permits and visas', [
  { name: 'nino', owner: 'contractor', type: 'varchar(9)', expect: 'id_number' },
  { name: 'nic_no', owner: 'resident', type: 'varchar(12)', expect: 'id_number' },
  { name: 'aadhaar_number', owner: 'applicant', type: 'varchar(12)', expect: 'id_number' },
  { name: 'cpf', owner: 'cliente', type: 'varchar(14)', expect: 'id_number' },
  { name: 'work_permit_no', owner: 'foreign_worker', type: 'varchar(20)', expect: 'id_number' },
  { name: 'x', owner: 'foreign_worker', type: 'varchar(20)', comment: '永久居留证号', expect: 'id_number' },
  // A network card, a ratio, a permit's type and a visa policy are not documents of a person.
  { name: 'nic', owner: 'vm_instance', type: 'varchar(20)', expect: undefined },
  { name: 'cpf_ratio', owner: 'campaign', type: 'decimal', expect: undefined },
  { name: 'work_permit_type', owner: 'foreign_worker', type: 'varchar(20)', expect: undefined },
  { name: 'x', owner: 'visa_policy', type: 'varchar(20)', comment: '签证类型', expect: undefined },
]);

classifyTable('a key its comment calls the primary key numbers the rows; a key to another table does not', [
  { name: 'member_id', owner: 'ucenter_member', type: 'bigint', comment: '主键ID', expect: undefined },
  { name: 'member_id', owner: 'ucenter_member', type: 'bigint', comment: '自增主键', expect: undefined },
  // `会员表主键`: the member table's key, held here as a key to the member.
  { name: 'member_id', owner: 'ucenter_member', type: 'bigint', comment: '会员表主键', expect: 'online_id' },
  { name: 'member_id', owner: 'ucenter_member', type: 'bigint', expect: 'online_id' },
]);

classifyTable('a table named for a coded attribute lists its values; a person’s own record of it does not', [
  { name: 'name', owner: 't_religion', type: 'varchar(50)', comment: '宗教名称', expect: undefined },
  { name: 'label', owner: 'tb_nation', type: 'varchar(50)', comment: '民族', expect: undefined },
  {
    name: 'position_code',
    owner: 'hr_position',
    type: 'varchar(50)',
    comment: '职位编码',
    expect: undefined,
  },
  // A staff member's position, a person's education history, and a column that is not the
  // entry's name or code stay what they are.
  {
    name: 'position',
    owner: 'staff_position',
    type: 'varchar(50)',
    comment: '职位',
    expect: 'education_work',
  },
  { name: 'name', owner: 'education', type: 'varchar(100)', comment: '学校名称', expect: 'education_work' },
  { name: 'religion', owner: 'tb_nation', type: 'varchar(50)', comment: '宗教', expect: 'religion_identity' },
]);

classifyTable(
  'hiring dates in the past tense and a count of children; an organisation’s date and a node’s children are not',
  [
    { name: 'joined_date', owner: 'staff_member', type: 'date', expect: 'education_work' },
    { name: 'hired_on', owner: 'worker', type: 'date', expect: 'education_work' },
    { name: 'number_of_children', owner: 'borrower', type: 'int', expect: 'basic_profile' },
    { name: 'joined_on', owner: 'organisation', type: 'date', expect: undefined },
    { name: 'children_count', owner: 'tree_node', type: 'int', expect: undefined },
  ],
);

classifyTable(
  'a comment naming a person outside its term overrules a negative name; the thing’s own name stays',
  [
    {
      name: 'service_name',
      owner: 'order_service',
      type: 'char(80)',
      comment: '服务人员姓名',
      expect: 'name',
    },
    {
      name: 'service_name',
      owner: 'order_service',
      type: 'char(80)',
      comment: '服务名称',
      expect: undefined,
    },
    { name: 'company_name', owner: 'order', type: 'varchar(80)', comment: '公司名称', expect: undefined },
  ],
);
