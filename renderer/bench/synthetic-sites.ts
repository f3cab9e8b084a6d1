import { SITE_KINDS, type Site } from '../../shared/domain/types';

/** A small deterministic PRNG (mulberry32): the same synthetic rows on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = [
  'Betim',
  'Contagem',
  'Uberlândia',
  'Montes Claros',
  'Juiz de Fora',
  'Ipatinga',
  'Divinópolis',
  'Sete Lagoas',
  'Uberaba',
  'Pouso Alegre',
];

/** `n` synthetic sites for the grid benchmark (never written to a workspace). */
export function syntheticSites(n: number, seed = 42): Site[] {
  const random = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const lotsTotal = Math.floor(random() * 400);
    const lotsOccupied = Math.floor(random() * lotsTotal);
    return {
      id: i + 1,
      code: `SYN-${String(i + 1).padStart(6, '0')}`,
      kind: SITE_KINDS[Math.floor(random() * SITE_KINDS.length)] ?? 'industrial-district',
      name: `Distrito sintético ${i + 1}`,
      municipalityCode: 3100000 + Math.floor(random() * 90000),
      municipalityName: TOWNS[Math.floor(random() * TOWNS.length)] ?? null,
      managingBody: random() < 0.5 ? 'Codemig' : 'Prefeitura',
      areaHa: Math.round(random() * 500000) / 100,
      lotsTotal,
      lotsOccupied,
      lotsAvailable: lotsTotal - lotsOccupied,
      firms: Math.floor(random() * 300),
      jobs: Math.floor(random() * 20000),
      status: random() < 0.3 ? 'prioritário' : 'em estudo',
      lat: -22 + random() * 8,
      lon: -51 + random() * 11,
      locationNote: null,
      notes: null,
      source: 'sintético (benchmark)',
    };
  });
}
