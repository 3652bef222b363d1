/**
 * Issue 9, item 4: classes of noise found scanning halo-dev/halo whole (a blog platform built
 * like Kubernetes resources), each with a negative beside it: a UI dialog's button texts are the
 * interface's, a software thing's display name is no person's (a plugin's, an attachment's, a descriptor's), a
 * tree's parent is its parent node, a ref named `name` holds no person's name, an annotation's
 * key is metadata, and a resource's `spec` or `status` is read as the resource named before it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../../../src/core/scan/index.js';
import { readField as read } from './recordFields.js';

/** `field owner category` of each finding of `text` read as `path`. */
function found(text: string, path: string): string[] {
  return scanText(text, { path }).findings.map((f) => `${f.field} ${f.owner ?? ''} ${f.category}`);
}

describe('noise on whole repositories: resources, trees and dialogs', () => {
  it("a UI dialog's texts are the interface's; a dialogue's and a message's text are communication", () => {
    assert.equal(read('Dialog warning', 'confirmText', undefined, undefined, 'usage'), 'none');
    assert.equal(read('DialogProps', 'cancelText', 'string'), 'none');
    assert.equal(read('UserDialogue', 'text', 'String'), 'communication_content');
    assert.equal(read('ChatMessage', 'text', 'String'), 'communication_content');
  });

  it("a plugin's, an attachment's or a descriptor's display name is no person's; a user's is", () => {
    assert.equal(read('PluginSpec', 'displayName', 'string'), 'none');
    assert.equal(read('AttachmentSpec', 'displayName', 'string'), 'none');
    assert.equal(read('ExtensionPointDescriptor', 'displayName', 'string'), 'none');
    assert.equal(read('NotifierDescriptorSpec', 'displayName', 'string'), 'none');
    assert.equal(read('UserSpec', 'displayName', 'string'), 'online_id');
    assert.equal(read('CommentOwner', 'displayName', 'string'), 'name');
    // A notifier keeps the e-mail it sends to, a person's.
    assert.equal(read('Notifier', 'email', undefined, undefined, 'usage'), 'contact');
  });

  it("a tree's parent is its parent node; a pupil's or a patient's parent is a person", () => {
    assert.equal(read('MenuItemVo', 'parentName', 'String'), 'none');
    assert.equal(read('CategoryPositionRequest', 'parentName', 'string'), 'none');
    assert.equal(read('HierarchyState', 'parentName', 'String'), 'none');
    assert.equal(read('BaseSysDepartmentEntity', 'parentName', 'string'), 'none');
    assert.equal(read('Student', 'parentName', 'String'), 'name');
    assert.equal(read('Patient', 'parent_name', 'varchar'), 'name');
    assert.equal(read('Booking', 'ParentName', 'string'), 'name');
  });

  it("a ref named `name` holds no person's name; a person's name record and an e-mail ref do", () => {
    assert.equal(read('name', 'value', undefined, undefined, 'usage'), 'none');
    assert.equal(read('PersonName', 'value', 'string'), 'name');
    assert.equal(read('email', 'value', undefined, undefined, 'usage'), 'contact');
    assert.equal(read('ContactPoint', 'value', 'String'), 'contact');
  });

  it("an annotation's key is metadata, as a label's is; a person's record keeps its name", () => {
    assert.equal(read('rbacAnnotations', 'DISPLAY_NAME', undefined, undefined, 'usage'), 'none');
    assert.equal(read('annotations', 'displayName', undefined, undefined, 'usage'), 'none');
    assert.equal(read('member', 'displayName', undefined, undefined, 'usage'), 'online_id');
  });

  it("a resource's spec and status are read as the resource named before them", () => {
    const vue =
      '<template>\n  <div>{{ category.spec.displayName }} {{ menuItem.status?.displayName }}' +
      ' {{ user.user.spec.displayName }} {{ user.spec.email }}</div>\n</template>\n';
    assert.deepEqual(found(vue, 'Item.vue'), ['displayName user.spec online_id', 'email user.spec contact']);
    const block =
      'const formState = ref<Category>({\n  spec: {\n    displayName: "",\n  },\n});\n' +
      'const profile = ref<User>({\n  spec: {\n    displayName: "",\n  },\n});\n';
    assert.deepEqual(found(block, 'Form.vue'), ['displayName profile ref User.spec online_id']);
    const ts =
      'export function label(menu: Menu, user: User) {\n' +
      '  return [menu.spec.displayName, user.spec.displayName];\n}\n';
    assert.deepEqual(found(ts, 'labels.ts'), ['displayName user.spec online_id']);
    // Negative: a part read alone says nothing of its resource, and keeps the field's own reading.
    assert.deepEqual(found('const a = spec.displayName;\n', 'one.ts'), ['displayName spec name']);
  });
});
