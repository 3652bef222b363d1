import type { Extractor } from '../extractor.js';
import { javaExtractor } from './java.js';
import { mybatisExtractor } from './mybatis.js';
import { pythonExtractor } from './python.js';
import { csharpExtractor } from './csharp.js';
import { goExtractor } from './go.js';
import { kotlinExtractor } from './kotlin.js';
import { typescriptExtractor } from './typescript.js';

/**
 * The structure-aware extractors for model code, in dispatch order: MyBatis mappers (by file
 * name) before the languages (by extension or VS Code language id).
 */
export const codeExtractors: readonly Extractor[] = [
  mybatisExtractor,
  typescriptExtractor,
  pythonExtractor,
  javaExtractor,
  goExtractor,
  csharpExtractor,
  kotlinExtractor,
];
