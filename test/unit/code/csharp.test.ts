import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csharpExtractor } from '../../../src/core/scan/code/csharp.js';
import { declarations, extractFlat, lines, usages } from './helpers.js';

const cs = (text: string) => extractFlat(csharpExtractor, text, 'Customer.cs');

describe('csharp extractor', () => {
  it('reads properties and fields with XML docs and attributes', () => {
    const text = lines(
      'namespace Shop.Domain {',
      '  [Table("t_customer")]',
      '  public class Customer {',
      '    /// <summary>身份证号</summary>',
      '    [Column("sfzh")]',
      '    [Display(Name = "证件号码")]',
      '    public string IdCardNo { get; set; } // 必填',
      '    [Description("手机号码")] public string Mobile { get; init; } = "";',
      '    public List<Address> Addresses { get; set; } = new();',
      '    private readonly string _a, _b;',
      '    public string DisplayName => $"{First} {Last}";',
      '    public const string Prefix = "x";',
      '    public static readonly string Shared = "y";',
      '    public Customer(string name) { var phone = name; }',
      '    public string this[int i] => "";',
      '    public event EventHandler Changed;',
      '    public void Save() { }',
      '  }',
      '  public enum Gender { Male, Female }',
      '}',
    );
    assert.deepEqual(declarations(cs(text)), [
      { at: '4:13-17', name: 'sfzh', owner: 'Customer', type: 'string', comment: '身份证号; 必填; 证件号码' },
      {
        at: '6:18-26',
        name: 'IdCardNo',
        owner: 'Customer',
        type: 'string',
        comment: '身份证号; 必填; 证件号码',
      },
      { at: '7:40-46', name: 'Mobile', owner: 'Customer', type: 'string', comment: '手机号码' },
      { at: '8:25-34', name: 'Addresses', owner: 'Customer', type: 'List<Address>' },
      { at: '9:28-30', name: '_a', owner: 'Customer', type: 'string' },
      { at: '9:32-34', name: '_b', owner: 'Customer', type: 'string' },
      { at: '10:18-29', name: 'DisplayName', owner: 'Customer', type: 'string' },
    ]);
  });

  it('reads positional record parameters and file-scoped namespaces', () => {
    const text = lines(
      'namespace A;',
      'public record Person(string Name, [property: Description("电话")] string Phone = "");',
    );
    assert.deepEqual(cs(text), [
      { at: '1:28-32', name: 'Name', owner: 'Person', type: 'string' },
      { at: '1:71-76', name: 'Phone', owner: 'Person', type: 'string', comment: '电话' },
    ]);
  });

  it('reports member accesses as usages, resolving this to the class', () => {
    const text = lines(
      'class S {',
      '  void F(User user) { var a = user.Phone + this.Name + user.Save(); }',
      '}',
      'using System.Text;',
    );
    assert.deepEqual(usages(cs(text)), [
      { at: '1:35-40', name: 'Phone', role: 'usage', owner: 'user' },
      { at: '1:48-52', name: 'Name', role: 'usage', owner: 'S' },
    ]);
  });

  it('reads verbatim, interpolated and raw strings without losing its place', () => {
    const text = lines(
      'class T {',
      '  string A = @"C:\\{"" }";',
      '  string B = $"{x.Y("}")} }";',
      '  string C = """',
      '    { "unbalanced": "{" }',
      '    """;',
      '  string Phone { get; set; }',
      '}',
    );
    assert.deepEqual(
      declarations(cs(text)).map((f) => f.name),
      ['A', 'B', 'C', 'Phone'],
    );
  });

  it('skips preprocessor lines, so the next member keeps its type, attributes and doc comment', () => {
    const text = lines(
      'public class SysUser {',
      '  #region 基本信息',
      '  /// <summary>手机号</summary>',
      '  public string Mobile { get; set; }',
      '#pragma warning disable CS0414 // never read',
      '  [Description("身份证号")]',
      '  private string _card;',
      '#pragma warning restore CS0414',
      '  #endregion',
      '#if DEBUG',
      '  public string Remark { get; set; }',
      '#endif',
      '  public string Tag = "#region";',
      '}',
    );
    assert.deepEqual(declarations(cs(text)), [
      { at: '3:16-22', name: 'Mobile', owner: 'SysUser', type: 'string', comment: '手机号' },
      { at: '6:17-22', name: '_card', owner: 'SysUser', type: 'string', comment: '身份证号' },
      { at: '10:16-22', name: 'Remark', owner: 'SysUser', type: 'string' },
      { at: '12:16-19', name: 'Tag', owner: 'SysUser', type: 'string' },
    ]);
  });

  it('reads SqlSugar column descriptions and names', () => {
    const text = lines(
      'public class SysUser {',
      '  [SugarColumn(ColumnName = "xm", ColumnDescription = "真实姓名", Length = 32)]',
      '  public string RealName { get; set; }',
      '  [SugarColumn(IsPrimaryKey = true)]',
      '  public long Id { get; set; }',
      '}',
    );
    assert.deepEqual(declarations(cs(text)), [
      { at: '1:29-31', name: 'xm', owner: 'SysUser', type: 'string', comment: '真实姓名' },
      { at: '2:16-24', name: 'RealName', owner: 'SysUser', type: 'string', comment: '真实姓名' },
      { at: '4:14-16', name: 'Id', owner: 'SysUser', type: 'long' },
    ]);
  });

  it('returns errors for unterminated text and unbalanced braces', () => {
    const cases = [
      'class A { string s = "open',
      'class A { /* never closed',
      'class A { string P { get; set; }',
    ];
    for (const text of cases) {
      const result = csharpExtractor.extract(text, { path: 'a.cs' });
      if (result.ok) assert.fail(`no error for ${text}`);
      assert.match(result.error, /at 1:\d+$/);
    }
  });
});
