/**
 * Sector packs as data: which categories a sector's own rules treat specially, with the source
 * and its confidence for every mapping. pilens's legal reference holds no sector standard
 * (JR/T 0171-2020, JR/T 0197-2020, the health and automotive rules were not read), so a mapping
 * that rests only on memory says so (`memory`, shown as "unverified"), and no level number of
 * a sector standard is stated at all.
 */
import { z } from 'zod';
import { bilingualSchema, categoryKeySchema, legalConfidenceSchema } from '../schema.js';

export const SECTOR_IDS = ['finance', 'health', 'automotive'] as const;
export const sectorIdSchema = z.enum(SECTOR_IDS);
export type SectorId = z.infer<typeof sectorIdSchema>;

export const sectorMappingSchema = z
  .object({
    categories: z.array(categoryKeySchema).min(1),
    /** The sector standard's class for these categories (`C3`), when a standard gives one. */
    sectorClass: z.string().trim().min(1).optional(),
    /** What the mapping says, in both languages. */
    text: bilingualSchema,
    /** Where it comes from: an instrument and article, or the standard as remembered. */
    source: bilingualSchema,
    confidence: legalConfidenceSchema,
  })
  .strict();
export type SectorMapping = z.infer<typeof sectorMappingSchema>;

export const sectorPackSchema = z
  .object({
    id: sectorIdSchema,
    name: bilingualSchema,
    /** Why rows of the mapped categories need a person's review: the sector may make them important data. */
    review: bilingualSchema,
    /** What the inventory's notes add about the pack as a whole. */
    note: bilingualSchema.optional(),
    mappings: z.array(sectorMappingSchema).min(1),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    for (const [i, m] of pack.mappings.entries())
      for (const key of m.categories) {
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['mappings', i],
            message: `${key} is mapped twice in ${pack.id}`,
          });
        seen.add(key);
      }
  });
export type SectorPack = z.infer<typeof sectorPackSchema>;
