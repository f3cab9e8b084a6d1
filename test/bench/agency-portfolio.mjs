// node test/bench/agency-portfolio.mjs <dir>: an ILLUSTRATIVE agency-scale portfolio as canonical CSVs
// (DESIGN §10), deterministic (a seeded generator: the same bytes every run), for importing with the CLI
// and opening in the app at the size a state agency works at: 60 industrial districts in real MG
// municipalities (resources/data/municipalities), 400 works with 12–36 monthly measurements each,
// 3,000 lots, 1,500 companies (valid CNPJ check digits), every Rotas de Integração polo
// (resources/data/initiatives, imported by its built-in template) plus 600 initiatives, and
// 25 programmes × 150 actions with quarterly targets. Names, money and progress are made up.
//
// Writes distritos.csv + distritos.mapping.json, obras.csv, medicoes.csv, lotes.csv, empresas.csv,
// polos.csv, acoes.csv, metas.csv, and import.sh (the import commands, in order).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = path.resolve(process.argv[2] ?? 'out/agency-portfolio');
mkdirSync(out, { recursive: true });

// mulberry32: a small seeded generator (deterministic across Node versions).
let seed = 20260;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const write = (name, header, rows) =>
  writeFileSync(path.join(out, name), [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n');
const iso = (d) => d.toISOString().slice(0, 10);
const addMonths = (d, n) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
const monthEnd = (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));

// Real MG municipalities (IBGE codes), sorted by code; every ~14th one hosts a district.
const municipalities = readFileSync(path.join(root, 'resources/data/municipalities/kelvins_municipios.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter((c) => c[5] === '31')
  .map((c) => ({ code: c[0], name: c[1] }))
  .sort((a, b) => a.code.localeCompare(b.code));
const hosts = Array.from({ length: 60 }, (_, i) => municipalities[Math.floor((i * municipalities.length) / 60)]);
const districts = hosts.map((m, i) => ({
  code: `DI-${String(i + 1).padStart(2, '0')}`,
  name: `Distrito Industrial de ${m.name}${i % 7 === 3 ? ' II' : ''}`,
  territory: m.code,
}));
write(
  'distritos.csv',
  ['codigo', 'distrito', 'codigo_ibge', 'area_ha'],
  districts.map((d) => [d.code, d.name, d.territory, int(20, 600)]),
);
writeFileSync(
  path.join(out, 'distritos.mapping.json'),
  JSON.stringify(
    {
      target: 'sites',
      columns: [
        { match: '^codigo$', role: 'site-field', field: 'code' },
        { match: '^distrito$', role: 'site-field', field: 'name' },
        { match: '^codigo ibge$', role: 'territory' },
        { match: '^area ha$', role: 'site-field', field: 'areaHa' },
      ],
      fixed: { siteKind: 'industrial-district' },
    },
    null,
    2,
  ) + '\n',
);

// 400 works, 12–36 monthly cumulative measurements each, from 2023 on.
const CATEGORIES = ['paving', 'drainage', 'lighting', 'water', 'sewage', 'security', 'access-road', 'building', 'other'];
const TITLES = [
  'Pavimentação',
  'Drenagem pluvial',
  'Iluminação em LED',
  'Rede de água',
  'Esgotamento sanitário',
  'Cercamento e portaria',
  'Via de acesso',
  'Galpão modular',
  'Sinalização',
];
const works = [];
const measurements = [];
for (let i = 0; i < 400; i++) {
  const d = districts[i % 60];
  const k = int(0, CATEGORIES.length - 1);
  const start = new Date(Date.UTC(2023, int(0, 23), 1));
  const months = int(12, 36);
  const end = addMonths(start, months);
  const budget = int(200, 20000) * 1000;
  const code = `OB-${String(i + 1).padStart(3, '0')}`;
  works.push([
    d.code,
    code,
    `${TITLES[k]} — lote ${1 + (i % 9)} (${d.name.replace(/^Distrito Industrial de /, '')})`,
    CATEGORIES[k],
    budget,
    iso(start),
    iso(end),
  ]);
  let progress = 0;
  let disbursed = 0;
  for (let m = 0; m < months; m++) {
    progress = Math.min(100, progress + rand() * (200 / months));
    disbursed = Math.min(budget, disbursed + budget * rand() * (2 / months));
    measurements.push([
      code,
      iso(monthEnd(addMonths(start, m))),
      progress.toFixed(1),
      Math.round(Math.min(budget, disbursed * 1.2)),
      Math.round(disbursed),
    ]);
  }
}
write('obras.csv', ['site_code', 'work_code', 'title', 'category', 'budget_planned', 'planned_start', 'planned_end'], works);
write('medicoes.csv', ['work_code', 'date', 'physical_progress', 'committed', 'disbursed'], measurements);

// 3,000 lots, 1,500 companies across the districts.
const LOT_STATUS = ['available', 'available', 'reserved', 'sold', 'occupied'];
write(
  'lotes.csv',
  ['site_code', 'lot_code', 'area_m2', 'price_per_m2', 'status'],
  Array.from({ length: 3000 }, (_, i) => [
    districts[i % 60].code,
    `L-${String(Math.floor(i / 60) + 1).padStart(3, '0')}`,
    int(500, 40000),
    int(40, 400),
    pick(LOT_STATUS),
  ]),
);
function cnpj(n) {
  const base = String(n).padStart(8, '0') + '0001';
  const digit = (s, w) => {
    const r = [...s].reduce((acc, c, j) => acc + Number(c) * w[j], 0) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d1 = digit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d2 = digit(base + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return base + d1 + d2;
}
const STAGES = ['lead', 'contact', 'visit', 'proposal', 'negotiation', 'installed', 'lost'];
const CNAES = ['1011201', '1091101', '1412601', '2222600', '2512800', '2539001', '2710401', '2930101', '3101200', '4930202'];
write(
  'empresas.csv',
  ['site_code', 'company', 'cnpj', 'cnae', 'investment', 'jobs', 'area_needed_m2', 'stage'],
  Array.from({ length: 1500 }, (_, i) => [
    districts[i % 60].code,
    `Empresa Ilustrativa ${String(i + 1).padStart(4, '0')} Ltda`,
    cnpj(10000000 + i * 7919),
    pick(CNAES),
    int(1, 500) * 100000,
    int(5, 800),
    int(1000, 30000),
    pick(STAGES),
  ]),
);

// 600 initiatives (arranjo-polos: one row per initiative × municipality, 1–8 MG members each).
const ROUTES = ['Rota do Leite', 'Rota do Mel', 'Rota da Fruticultura', 'Rota do Café', 'Rota da Moda', 'Rota da Economia Circular'];
const polos = [];
for (let i = 0; i < 600; i++) {
  const route = ROUTES[i % ROUTES.length];
  const name = `Arranjo Ilustrativo ${String(i + 1).padStart(3, '0')}`;
  const members = new Set(Array.from({ length: int(1, 8) }, () => pick(municipalities).code));
  for (const code of members) polos.push([route, name, code, 'MG', 'apl']);
}
write('polos.csv', ['route', 'initiative', 'territory_code', 'state', 'kind'], polos);

// 25 programmes × 150 actions, 2025–2026, with quarterly targets for the built-in indicators.
const TYPES = ['field-training', 'multiplier-training', 'management-workshop', 'committee', 'technical-assistance', 'other'];
const actions = [];
const targets = [];
for (let p = 0; p < 25; p++) {
  const programme = `Programa Ilustrativo ${String(p + 1).padStart(2, '0')}`;
  for (let a = 0; a < 150; a++) {
    const participants = int(5, 80);
    const start = new Date(Date.UTC(2025, int(0, 23), int(1, 28)));
    actions.push([
      programme,
      `A${p + 1}-${a + 1}`,
      pick(TYPES),
      pick(hosts).code,
      iso(start),
      participants,
      int(0, participants),
      int(0, participants),
    ]);
  }
  for (const year of [2025, 2026])
    for (let q = 1; q <= 4; q++)
      for (const [indicator, target] of [
        ['participants', 500],
        ['women', 250],
        ['youth', 150],
        ['actions', 19],
        ['municipalities', 12],
      ])
        targets.push([programme, indicator, `${year}-Q${q}`, 0, target]);
}
write('acoes.csv', ['programme', 'action_code', 'type', 'territory_code', 'start_date', 'participants', 'women', 'youth'], actions);
write('metas.csv', ['programme', 'indicator', 'period', 'baseline', 'target'], targets);

const rotas = path.join(root, 'resources/data/initiatives/rotas_integracao_polos_municipios.csv');
writeFileSync(
  path.join(out, 'import.sh'),
  [
    '#!/bin/sh -e',
    '# Imports the illustrative agency portfolio into the workspace named by $1 (created empty when absent).',
    'ws="$1"; here="$(dirname "$0")"; cli="node out/cli/cli.mjs"',
    '[ -f "$ws" ] || $cli init "$ws"',
    '$cli import "$ws" "$here/distritos.csv" --mapping "$here/distritos.mapping.json" --format json',
    ...['obras', 'medicoes', 'lotes', 'empresas', 'polos', 'acoes', 'metas'].map((f) => `$cli import "$ws" "$here/${f}.csv" --format json`),
    `$cli import "$ws" "${rotas}" --template rotas-polos --format json`,
  ].join('\n') + '\n',
);
console.log(`ILLUSTRATIVE agency portfolio written to ${out}`);
