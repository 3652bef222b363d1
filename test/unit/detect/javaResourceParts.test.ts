/**
 * Issue 9, item 4 (session 25, branch `det-precision3`): a Java resource built like a Kubernetes
 * object keeps its fields in a nested `Spec` or `Status` class and reaches them through locals
 * named `spec` or `status`; the part is read as the resource (`menu.spec`), so a menu's or a
 * category's display name is a thing's and a user's stays a person's. A part whose resource the
 * text does not name (a lambda's parameter) reads as before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../../../src/core/scan/index.js';

/** `field owner category` of each finding of `text` read as `path`. */
function found(text: string, path: string): string[] {
  return scanText(text, { path }).findings.map((f) => `${f.field} ${f.owner ?? ''} ${f.category}`);
}

describe("a Java resource's spec and status are read as the resource", () => {
  it('a nested Spec class is its enclosing resource’s part', () => {
    const menu =
      'package demo;\n\npublic class Menu {\n    private Spec spec;\n\n' +
      '    public static class Spec {\n        /** Display name shown for the menu. */\n' +
      '        private String displayName;\n    }\n}\n';
    assert.deepEqual(found(menu, 'src/demo/Menu.java'), []);
    // A user's spec is the user's: the display name and e-mail stay.
    const user =
      'package demo;\n\npublic class User {\n    public static class Spec {\n' +
      '        private String displayName;\n        private String email;\n    }\n}\n';
    assert.deepEqual(found(user, 'src/demo/User.java'), [
      'displayName user.spec online_id',
      'email user.spec contact',
    ]);
  });

  it('a local typed, built or taken from its resource is that resource’s part', () => {
    const code =
      'package demo;\n\nclass Seeds {\n    void category() {\n' +
      '        var spec = new Category.CategorySpec();\n        spec.setDisplayName("News");\n    }\n' +
      '    void menu(MenuItem menuItem) {\n        var status = menuItem.getStatus();\n' +
      '        status.setDisplayName("Home");\n    }\n' +
      '    void tag(Tag.TagSpec spec) {\n        spec.setDisplayName("java");\n    }\n' +
      '    void user(User user) {\n        var spec = user.getSpec();\n' +
      '        spec.setDisplayName("Ann");\n        spec.setPassword("secret");\n    }\n}\n';
    assert.deepEqual(found(code, 'src/demo/Seeds.java'), [
      'DisplayName user.spec online_id',
      'Password user.spec credential',
    ]);
  });

  it('a part whose resource the text does not name reads as before', () => {
    const code =
      'package demo;\n\nclass Seeds {\n    void user(User user) {\n        var spec = user.getSpec();\n' +
      '        spec.setEmail("a@b.c");\n    }\n    void menu() {\n' +
      '        create("home", spec -> spec.setDisplayName("Home"));\n    }\n}\n';
    // The lambda's `spec` ends the user's: its display name is read alone, as a name.
    assert.deepEqual(found(code, 'src/demo/Seeds.java'), [
      'Email user.spec contact',
      'DisplayName spec name',
    ]);
  });
});
