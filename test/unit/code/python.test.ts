import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pythonExtractor, pythonReference } from '../../../src/core/scan/code/python.js';
import { declarations, extractFlat, lines, usages } from './helpers.js';

const py = (text: string) => extractFlat(pythonExtractor, text, 'models.py');

describe('python extractor', () => {
  it('reads Django fields: verbose_name, positional and translated names, help_text, db_column', () => {
    const text = lines(
      'class Member(models.Model):',
      '    """会员"""',
      '    GENDER_CHOICES = (("M", "男"),)',
      '    xm = models.CharField(verbose_name="姓名", max_length=32)  # 会员',
      '    sfzh = models.CharField(_("身份证号"), max_length=18)',
      '    mobile = models.CharField(max_length=11, help_text="手机号码")',
      '    hjdz = models.CharField("户籍地址", db_column="hj_addr")',
      '    org = models.ForeignKey("Org", on_delete=models.CASCADE)',
      '    class Meta:',
      '        verbose_name = "会员"',
    );
    assert.deepEqual(py(text), [
      { at: '3:4-6', name: 'xm', owner: 'Member', type: 'models.CharField', comment: '会员; 姓名' },
      { at: '4:4-8', name: 'sfzh', owner: 'Member', type: 'models.CharField', comment: '身份证号' },
      { at: '5:4-10', name: 'mobile', owner: 'Member', type: 'models.CharField', comment: '手机号码' },
      { at: '6:4-8', name: 'hjdz', owner: 'Member', type: 'models.CharField', comment: '户籍地址' },
      { at: '6:47-54', name: 'hj_addr', owner: 'Member', type: 'models.CharField', comment: '户籍地址' },
      { at: '7:4-7', name: 'org', owner: 'Member', type: 'models.ForeignKey' },
    ]);
  });

  it('reads Tryton and Odoo field labels by their place, and a Function field by the field it wraps', () => {
    const text = lines(
      'class PatientData(ModelSQL):',
      "    age = fields.Function(fields.Char('Age', help='Computed age'), 'get_age')",
      "    puid = fields.Char('PUID', help='Person Unique Identifier')",
      "    ses = fields.Selection(SES, 'Socioeconomics')",
      "    name = fields.Many2One('party.party', 'Patient')",
      "    visits = fields.One2Many('gnuhealth.visit', 'patient', 'Visits')",
      "    partner = fields.Many2one('res.partner', string='Customer')",
      "    tags = fields.Many2Many('patient-tag', 'patient', 'tag', 'Tags')",
      "    mobile = fields.Char(string='Mobile', size=11)",
      "    note = models.TextField(help='not a Django keyword')",
    );
    const expected = [
      { at: '1:4-7', name: 'age', owner: 'PatientData', type: 'fields.Char', comment: 'Age; Computed age' },
      {
        at: '2:4-8',
        name: 'puid',
        owner: 'PatientData',
        type: 'fields.Char',
        comment: 'PUID; Person Unique Identifier',
      },
      { at: '3:4-7', name: 'ses', owner: 'PatientData', type: 'fields.Selection', comment: 'Socioeconomics' },
      { at: '4:4-8', name: 'name', owner: 'PatientData', type: 'fields.Many2One', comment: 'Patient' },
      { at: '5:4-10', name: 'visits', owner: 'PatientData', type: 'fields.One2Many', comment: 'Visits' },
      { at: '6:4-11', name: 'partner', owner: 'PatientData', type: 'fields.Many2one', comment: 'Customer' },
      // Many2Many's positional arguments differ between Tryton and Odoo: keywords only.
      { at: '7:4-8', name: 'tags', owner: 'PatientData', type: 'fields.Many2Many' },
      { at: '8:4-10', name: 'mobile', owner: 'PatientData', type: 'fields.Char', comment: 'Mobile' },
      // `help` describes only Tryton and Odoo fields; Django's is `help_text`.
      { at: '9:4-8', name: 'note', owner: 'PatientData', type: 'models.TextField' },
    ];
    for (const extractor of [pythonExtractor, pythonReference])
      assert.deepEqual(extractFlat(extractor, text, 'patient.py'), expected, extractor.id);
  });

  it("describes a model's fields by its Meta label, as a table comment, not by a docstring", () => {
    const text = lines(
      'class Hy(models.Model):',
      '    """会员资料"""',
      '    sj = models.CharField(max_length=11)',
      '    class Meta:',
      "        verbose_name = _('会员')",
      "        db_table = 'hy'",
      'class PatientData(ModelSQL):',
      "    'Patient related information'",
      "    note = fields.Text('Notes')",
      'class Setting(models.Model):',
      '    value = models.CharField(max_length=20)',
      '    """The value."""',
    );
    for (const extractor of [pythonExtractor, pythonReference]) {
      const result = extractor.extract(text, { path: 'models.py' });
      assert.ok(result.ok);
      const read = result.fields
        .filter((f) => f.role === 'declaration')
        .map((f) => [`${f.owner ?? ''}.${f.name}`, f.comment, f.ownerComment]);
      assert.deepEqual(
        read,
        [
          ['Hy.sj', undefined, '会员'],
          // A class docstring is prose more often than a label: not the owner's description.
          ['PatientData.note', 'Notes', undefined],
          // An attribute's docstring describes the attribute, not the class.
          ['Setting.value', 'The value.', undefined],
        ],
        extractor.id,
      );
    }
  });

  it('skips nested option classes ending in Meta (MPTTMeta), but reads a top-level …Meta model', () => {
    const text = lines(
      'class Region(MPTTModel):',
      '    name = models.CharField(max_length=50)',
      '    class MPTTMeta:',
      '        order_insertion_by = ["name"]',
      'class UserMeta(models.Model):',
      '    meta_value = models.TextField()',
    );
    for (const extractor of [pythonExtractor, pythonReference]) {
      const names = declarations(extractFlat(extractor, text, 'models.py')).map(
        (f) => `${f.owner}.${f.name}`,
      );
      assert.deepEqual(names, ['Region.name', 'UserMeta.meta_value'], extractor.id);
    }
  });

  it('reads SQLAlchemy Column and mapped_column with column names, types and comments', () => {
    const text = lines(
      'class Customer(Base):',
      '    __tablename__ = "customer"',
      '    id_card = Column("zjhm", String(18), comment="证件号码")',
      '    # 手机号',
      '    phone: Mapped[str] = mapped_column(String(11))',
      '    active: Mapped[bool]',
    );
    assert.deepEqual(py(text), [
      { at: '2:4-11', name: 'id_card', owner: 'Customer', type: 'String(18)', comment: '证件号码' },
      { at: '2:22-26', name: 'zjhm', owner: 'Customer', type: 'String(18)', comment: '证件号码' },
      { at: '4:4-9', name: 'phone', owner: 'Customer', type: 'String(11)', comment: '手机号' },
      { at: '5:4-10', name: 'active', owner: 'Customer', type: 'Mapped[bool]' },
    ]);
  });

  it('reads Pydantic Field descriptions, dataclass fields, attribute docstrings and __init__ assignments', () => {
    const text = lines(
      'class PatientIn(BaseModel):',
      '    full_name: str = Field(..., description="患者姓名", alias="fullName")',
      '    birth_date: date',
      '    """出生日期"""',
      '',
      '@dataclass',
      'class Traveller:',
      '    passport_no: str = ""',
      '    def __init__(self, email):',
      '        self.email = email',
      '        local = 1',
    );
    assert.deepEqual(declarations(py(text)), [
      { at: '1:4-13', name: 'full_name', owner: 'PatientIn', type: 'str', comment: '患者姓名' },
      { at: '2:4-14', name: 'birth_date', owner: 'PatientIn', type: 'date', comment: '出生日期' },
      { at: '7:4-15', name: 'passport_no', owner: 'Traveller', type: 'str' },
      { at: '9:13-18', name: 'email', owner: 'Traveller' },
    ]);
  });

  it('reports attribute accesses as usages, resolving self to the class and skipping calls', () => {
    const text = lines(
      'class Svc:',
      '    def run(self, user):',
      '        print(user.id_card, self.phone)',
      '        user.save()',
    );
    assert.deepEqual(usages(py(text)), [
      { at: '2:19-26', name: 'id_card', role: 'usage', owner: 'user' },
      { at: '2:33-38', name: 'phone', role: 'usage', owner: 'Svc' },
    ]);
  });

  it('returns an error instead of throwing when nothing parses', () => {
    const result = pythonExtractor.extract(')))) ]]] :::: @@', { path: 'x.py' });
    assert.equal(result.ok, false);
  });

  it('dispatches by extension and language id', () => {
    assert.equal(pythonExtractor.handles({ path: 'a.py' }), true);
    assert.equal(pythonExtractor.handles({ path: 'a.pyi' }), true);
    assert.equal(pythonExtractor.handles({ path: 'x', languageId: 'python' }), true);
    assert.equal(pythonExtractor.handles({ path: 'a.pyc' }), false);
  });
});
