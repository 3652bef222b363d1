/** Writes residents.csv and hotel-stays.csv (synthetic, seeded) into `dir`; returns their paths. */
export function writeSampleDatasets(dir: string): string[];
/** GB 11643 check character for the first 17 digits. */
export function residentIdCheck(first17: string): string;
