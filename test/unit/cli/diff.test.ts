import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineInSpans, parseUnifiedDiff, unquoteGitPath } from '../../../src/core/review/diff.js';

const DIFF = `diff --git a/src/user.ts b/src/user.ts
index 1111111..2222222 100644
--- a/src/user.ts
+++ b/src/user.ts
@@ -3,0 +4,2 @@ export class User {
+  idCard: string;
+  phone: string;
@@ -10 +12 @@ export class User {
-  nick: string;
+  nickname: string;
@@ -20,3 +22,0 @@
-  a
-  b
-  c
diff --git a/old/name.sql b/new/name.sql
similarity index 90%
rename from old/name.sql
rename to new/name.sql
index 3333333..4444444 100644
--- a/old/name.sql
+++ b/new/name.sql
@@ -7,0 +8 @@ CREATE TABLE t (
+  sfzh VARCHAR(18),
diff --git a/moved.py b/renamed.py
similarity index 100%
rename from moved.py
rename to renamed.py
diff --git a/gone.ts b/gone.ts
deleted file mode 100644
index 5555555..0000000
--- a/gone.ts
+++ /dev/null
@@ -1,2 +0,0 @@
-x
-y
diff --git a/fresh.ts b/fresh.ts
new file mode 100644
index 0000000..6666666
--- /dev/null
+++ b/fresh.ts
@@ -0,0 +1,3 @@
+a
+b
+c
diff --git "a/\\344\\270\\255\\346\\226\\207.ts" "b/\\344\\270\\255\\346\\226\\207.ts"
--- "a/\\344\\270\\255\\346\\226\\207.ts"
+++ "b/\\344\\270\\255\\346\\226\\207.ts"
@@ -1 +1 @@
-a
+b
`;

describe('parseUnifiedDiff', () => {
  const changes = parseUnifiedDiff(DIFF);
  const byPath = new Map(changes.map((c) => [c.path, c]));

  it('reads added and changed lines, not deletions', () => {
    assert.deepEqual(byPath.get('src/user.ts')?.added, [
      { start: 4, end: 5 },
      { start: 12, end: 12 },
    ]);
    assert.equal(byPath.get('src/user.ts')?.oldPath, undefined);
  });

  it('follows renames, with and without changes', () => {
    assert.deepEqual(byPath.get('new/name.sql'), {
      path: 'new/name.sql',
      oldPath: 'old/name.sql',
      added: [{ start: 8, end: 8 }],
    });
    assert.deepEqual(byPath.get('renamed.py'), { path: 'renamed.py', oldPath: 'moved.py', added: [] });
  });

  it('omits deleted files and takes new files whole', () => {
    assert.equal(byPath.has('gone.ts'), false);
    assert.deepEqual(byPath.get('fresh.ts')?.added, [{ start: 1, end: 3 }]);
  });

  it('unquotes octal-escaped UTF-8 paths', () => {
    assert.deepEqual(byPath.get('中文.ts')?.added, [{ start: 1, end: 1 }]);
    assert.equal(unquoteGitPath('"a\\tb\\"c"'), 'a\tb"c');
    assert.equal(unquoteGitPath('plain/path.ts'), 'plain/path.ts');
  });

  it('drops the tab git puts after a path with a space, keeping tabs inside a quoted name', () => {
    const spaced = parseUnifiedDiff(
      'diff --git a/my file.ts b/my file.ts\nnew file mode 100644\n--- /dev/null\n+++ b/my file.ts\t\n@@ -0,0 +1 @@\n+a\n',
    );
    assert.deepEqual(spaced, [{ path: 'my file.ts', added: [{ start: 1, end: 1 }] }]);
    const tabbed = parseUnifiedDiff(
      'diff --git "a/t\\tb.ts" "b/t\\tb.ts"\n--- "a/t\\tb.ts"\n+++ "b/t\\tb.ts"\n@@ -1 +1 @@\n-a\n+b\n',
    );
    assert.equal(tabbed[0]?.path, 't\tb.ts');
  });

  it('checks lines against spans', () => {
    const spans = [{ start: 4, end: 5 }];
    assert.deepEqual(
      [3, 4, 5, 6].map((l) => lineInSpans(l, spans)),
      [false, true, true, false],
    );
    assert.equal(lineInSpans(1, []), false);
  });
});
