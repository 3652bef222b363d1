/**
 * Persons counted with an engine's approximate distinct can land on the wrong side of a persons
 * threshold (the administrative duties of duties.ts count natural persons). A figure is "near" a
 * threshold when the threshold lies within three documented errors of it — for an error that is
 * roughly normal, three standard errors hold almost every approximation (a pilens rule, not a
 * figure from the engines). Engines that document no error bound cannot be judged at all.
 */
import { ADMIN_THRESHOLDS } from '../../law/duties.js';
import type { SqlDialect } from './dialect.js';

/** Distinct persons as the counting query returns them. */
export interface PersonsFigures {
  readonly all: number;
  readonly sensitive: number;
  readonly face: number;
}

export interface PersonsThreshold {
  readonly figure: keyof PersonsFigures;
  readonly at: number;
  /** The duties that start there, for the note. */
  readonly duties: string;
}

/** Every persons threshold of the duties, by the figure it is compared with. */
export const PERSONS_THRESHOLDS: readonly PersonsThreshold[] = [
  { figure: 'all', at: ADMIN_THRESHOLDS.crossBorderExemptBelow, duties: 'the cross-border exemption' },
  {
    figure: 'all',
    at: ADMIN_THRESHOLDS.crossBorderAssessmentFrom,
    duties: 'the cross-border security assessment and the PI protection officer',
  },
  {
    figure: 'all',
    at: ADMIN_THRESHOLDS.ndsmrArt28From,
    duties: 'NDSMR Art. 28 and the biennial compliance audit',
  },
  {
    figure: 'sensitive',
    at: ADMIN_THRESHOLDS.crossBorderSensitiveAssessmentFrom,
    duties: 'the cross-border security assessment for sensitive PI',
  },
  { figure: 'face', at: ADMIN_THRESHOLDS.faceFilingFrom, duties: 'face-recognition filing' },
];

/** How many documented errors away still counts as near. */
export const NEAR_ERRORS = 3;

/**
 * The thresholds an approximate count may lie on either side of; `undefined` when the engine
 * documents no error (nothing can be told).
 */
export function thresholdsNear(
  persons: PersonsFigures,
  relativeError: number | undefined,
): PersonsThreshold[] | undefined {
  if (relativeError === undefined) return undefined;
  return PERSONS_THRESHOLDS.filter((t) => {
    const n = persons[t.figure];
    return Math.abs(n - t.at) <= NEAR_ERRORS * relativeError * Math.max(n, t.at);
  });
}

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * The report's note on approximate persons: which thresholds the figures are near and how to
 * get the exact ones (`exactCommand` prints the exact query), or that nothing can be told.
 */
export function approximationNote(
  persons: PersonsFigures,
  dialect: SqlDialect | undefined,
  exactCommand: string,
): string {
  const label = dialect?.approx?.label ?? "the engine's approximate distinct";
  const near = thresholdsNear(persons, dialect?.approx?.relativeError);
  const head = `persons were counted with ${label}; pieces and the tier are exact`;
  if (near === undefined)
    return `${head}. The engine documents no error bound, so pilens cannot tell whether a persons threshold is crossed near one; for exact persons run the query of \`${exactCommand}\``;
  if (near.length === 0)
    return `${head}. No persons threshold lies within ${String(NEAR_ERRORS)} times the documented error of these figures`;
  const which = near
    .map((t) =>
      `${count(persons[t.figure])} ${t.figure === 'all' ? '' : `${t.figure} `}persons against ${count(t.at)} (${t.duties})`.replace(
        '  ',
        ' ',
      ),
    )
    .join('; ');
  return `${head}. Near a threshold — within ${String(NEAR_ERRORS)} times the documented error: ${which}. Run the exact query of \`${exactCommand}\` and read its result back`;
}
