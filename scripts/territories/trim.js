// Trims the Etalab administrative reference (npm @etalab/decoupage-administratif) to what Vigie
// sociale reads: code, name, hierarchy and population. Writes tab-separated files, sorted by code.
// Usage: node trim.js PACKAGE_DIR OUT_DIR
const fs = require('fs');
const path = require('path');
const [pkg, out] = process.argv.slice(2);
const read = f => JSON.parse(fs.readFileSync(path.join(pkg, 'data', f), 'utf8'));
const clean = s => String(s).replace(/[\t\r\n]/g, ' ');
const write = (file, header, rows) => {
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  fs.writeFileSync(path.join(out, file), [header, ...rows].map(r => r.map(v => v == null ? '' : clean(v)).join('\t')).join('\n') + '\n');
  return rows.length;
};
const epciOf = {};
const epci = read('epci.json');
for (const e of epci) for (const m of e.membres) epciOf[m.code] = e.code;
const communes = read('communes.json').filter(c => c.type === 'commune-actuelle');
const counts = {
  communes: write('communes.tsv', ['code', 'name', 'departement', 'region', 'epci', 'population'],
    communes.map(c => [c.code, c.nom, c.departement, c.region, epciOf[c.code], c.population])),
  epci: write('epci.tsv', ['code', 'name', 'type', 'population'],
    epci.map(e => [e.code, e.nom, e.type, e.populationMunicipale])),
  departements: write('departements.tsv', ['code', 'name', 'region'],
    read('departements.json').map(d => [d.code, d.nom, d.region])),
  regions: write('regions.tsv', ['code', 'name'], read('regions.json').map(r => [r.code, r.nom])),
};
console.log(JSON.stringify(counts));
