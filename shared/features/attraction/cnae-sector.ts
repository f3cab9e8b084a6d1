/**
 * The sector of a prospect's CNAE in the classification of the plan's target sectors. CNAE 2.0
 * divisions map to the 8 IBGE sectors of RAIS tabulations by ranges (01–03 agropecuária, 05–09
 * extrativa mineral, 10–33 transformação, 35–39 SIUP, 41–43 construção, 45–47 comércio, 84
 * administração pública, the rest serviços) — the activity view; RAIS itself also files public
 * bodies under administração pública by legal nature, which a CNAE alone cannot tell.
 */
export function ibgeSectorOfDivision(division: number): string | null {
  if (division >= 1 && division <= 3) return '8';
  if (division >= 5 && division <= 9) return '1';
  if (division >= 10 && division <= 33) return '2';
  if (division >= 35 && division <= 39) return '3';
  if (division >= 41 && division <= 43) return '4';
  if (division >= 45 && division <= 47) return '5';
  if (division === 84) return '7';
  if (division >= 49 && division <= 99) return '6';
  return null;
}

/** "2512-8/00" in `classification` ('ibge-setor' → "2", 'cnae-division' → "25"); null when unknown. */
export function sectorOfCnae(cnae: string, classification: string): string | null {
  const digits = cnae.replace(/\D/g, '');
  if (digits.length < 2) return null;
  const division = digits.slice(0, 2);
  if (classification === 'ibge-setor') return ibgeSectorOfDivision(Number(division));
  if (classification === 'cnae-division') return division;
  if (classification === 'cnae-group') return digits.slice(0, 3);
  if (classification === 'cnae-class') return digits.slice(0, 5);
  return digits;
}
