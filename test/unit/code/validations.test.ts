/**
 * Every reader keeps a field's validation annotation (`FieldCandidate.validation`): Java's two
 * readers, Kotlin, C# and TypeScript (both walks). Pydantic's `EmailStr` is a declared type the
 * detector reads itself. Negatives: validations that say nothing of what the value is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csharpExtractor } from '../../../src/core/scan/code/csharp.js';
import { javaExtractor, javaReference } from '../../../src/core/scan/code/java.js';
import { kotlinExtractor } from '../../../src/core/scan/code/kotlin.js';
import { typescriptExtractor, typescriptReference } from '../../../src/core/scan/code/typescript.js';
import type { Extractor } from '../../../src/core/scan/extractor.js';
import { lines } from './helpers.js';

function validations(extractor: Extractor, text: string, path: string): Record<string, string> {
  const result = extractor.extract(text, { path });
  assert.ok(result.ok);
  const out: Record<string, string> = {};
  for (const f of result.fields) if (f.role === 'declaration') out[f.name] = f.validation ?? '-';
  return out;
}

describe('validation annotations', () => {
  it('Java: marker and argument forms, qualified names, both readers', () => {
    const text = lines(
      'public class RegisterRequest {',
      '  @NotBlank @javax.validation.constraints.Email(message = "邮箱格式不正确")',
      '  private String login;',
      '  @Email private String contact, backup;',
      '  @NotBlank @Size(max = 20) private String nickname;',
      '}',
      'record Invite(@jakarta.validation.constraints.Email String to, @Override String note) {}',
    );
    const expected = {
      login: 'Email',
      contact: 'Email',
      backup: 'Email',
      nickname: '-',
      to: 'Email',
      note: '-',
    };
    assert.deepEqual(validations(javaExtractor, text, 'A.java'), expected);
    assert.deepEqual(validations(javaReference, text, 'A.java'), expected);
  });

  it('Kotlin: use-site targets, markers on their own line', () => {
    const text = lines(
      'data class SignUp(@field:Email val login: String, @get:NotBlank val name: String) {',
      '  /** 备用邮箱 */',
      '  @Email',
      '  val backup: String = ""',
      '}',
    );
    assert.deepEqual(validations(kotlinExtractor, text, 'A.kt'), {
      login: 'Email',
      name: '-',
      backup: 'Email',
    });
  });

  it('C#: attributes in groups, with a namespace or the Attribute suffix', () => {
    const text = lines(
      'public class ContactForm {',
      '  [Required, EmailAddress] public string From { get; set; }',
      '  [PhoneAttribute] public string Callback { get; set; }',
      '  [System.ComponentModel.DataAnnotations.CreditCard] public string Card { get; set; }',
      '  [Required, StringLength(50)] public string Subject { get; set; }',
      '}',
    );
    assert.deepEqual(validations(csharpExtractor, text, 'A.cs'), {
      From: 'EmailAddress',
      Callback: 'Phone',
      Card: 'CreditCard',
      Subject: '-',
    });
  });

  it('TypeScript: class-validator decorators', () => {
    const text = lines(
      'export class CreateUserDto {',
      '  @IsEmail()',
      '  login: string;',
      "  @IsMobilePhone('zh-CN') @IsNotEmpty()",
      '  contact: string;',
      "  @IsIdentityCard('zh-CN')",
      '  cert: string;',
      '  @IsString() @MaxLength(20) title: string;',
      '}',
    );
    const expected = { login: 'IsEmail', contact: 'IsMobilePhone', cert: 'IsIdentityCard', title: '-' };
    assert.deepEqual(validations(typescriptExtractor, text, 'a.ts'), expected);
    assert.deepEqual(validations(typescriptReference, text, 'a.ts'), expected);
  });
});
