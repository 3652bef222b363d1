/**
 * Reads the declared fields of real schema and model files with pilens's own extractors, for
 * the field lexicon (`test/fixtures/lexicon/README.md`). Facts only: source, domain, file,
 * format, owner, name, declared type, a comment of 60 characters at most, the owner's comment.
 * It prints unlabelled records (one JSON line each, `category` left out): a reviewer labels them
 * before the detector is run on any of them.
 *
 *   npx tsx scripts/lexicon-extract.ts <owner/name> <domain> <git-dir> <format> <path>...
 *
 * `format` is the lexicon's format key (`typeorm`, `mongoose`, `kotlin`…). Files are read from
 * the git directory's HEAD (`git show`), so a fetched snapshot needs no work tree.
 */
import { execFileSync } from 'node:child_process';
import { extractors } from '../src/core/scan/registry.js';

const MAX_COMMENT = 60;

const [source, domain, gitDir, format, ...paths] = process.argv.slice(2);
if (source === undefined || domain === undefined || gitDir === undefined || format === undefined) {
  console.error('usage: lexicon-extract <owner/name> <domain> <git-dir> <format> <path>...');
  process.exit(2);
}

/** A comment kept as a fact only when it is a few words: one line, at most 60 characters. */
function short(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const one = text.replace(/\s+/g, ' ').trim();
  return one !== '' && one.length <= MAX_COMMENT ? one : undefined;
}

for (const path of paths) {
  const text = execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const info = { path };
  const extractor = extractors.find((e) => e.handles(info));
  if (extractor === undefined) {
    console.error(`${path}: no extractor handles this file`);
    continue;
  }
  const result = extractor.extract(text, info);
  if (!result.ok) {
    console.error(`${path}: ${result.error}`);
    continue;
  }
  const seen = new Set<string>();
  for (const field of result.fields) {
    if (field.role !== 'declaration') continue;
    const key = `${field.owner ?? ''}\u0000${field.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const comment = short(field.comment);
    const ownerComment = short(field.ownerComment);
    console.log(
      JSON.stringify({
        source,
        domain,
        file: path,
        format,
        owner: field.owner ?? '',
        name: field.name,
        ...(field.declaredType !== undefined ? { type: field.declaredType } : {}),
        ...(comment !== undefined ? { comment } : {}),
        ...(ownerComment !== undefined ? { ownerComment } : {}),
      }),
    );
  }
}
