/**
 * The three CI formats as registry entries (core/report/formats.ts), for any command that can
 * say what its issues are: `scan`, `inventory` and `estimate` each list `ciFormats(…)` once.
 */
import type { Formatter } from '../formats.js';
import type { CiContext, CiReport } from './ciIssue.js';
import { formatCodeQuality } from './codeQuality.js';
import { formatGitlabSast } from './gitlabSast.js';
import { formatJunit } from './junit.js';

/** The ids, for tests and help. */
export const CI_FORMAT_IDS = ['gitlab-sast', 'codequality', 'junit'] as const;

export function ciFormats<R, C>(
  toCi: (report: R, ctx: C) => CiReport,
  context: (ctx: C) => CiContext,
): Formatter<R, C>[] {
  return [
    {
      id: 'gitlab-sast',
      extension: 'json',
      label: 'GitLab SAST',
      description: { en: 'a GitLab security report (reports: sast)', zh: '极狐及同类平台的安全扫描报告格式' },
      render: (report, ctx) => formatGitlabSast(toCi(report, ctx), context(ctx)),
    },
    {
      id: 'codequality',
      extension: 'json',
      label: 'GitLab Code Quality',
      description: {
        en: 'a GitLab Code Quality report (reports: codequality)',
        zh: '代码质量报告格式（合并请求中显示）',
      },
      render: (report, ctx) => formatCodeQuality(toCi(report, ctx)),
    },
    {
      id: 'junit',
      extension: 'xml',
      label: 'JUnit XML',
      description: { en: 'JUnit XML, for CI test views', zh: '持续集成测试视图使用的测试结果格式' },
      render: (report, ctx) => formatJunit(toCi(report, ctx)),
    },
  ];
}
