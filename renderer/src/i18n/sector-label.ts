import type { TFunction } from 'i18next';

const IBGE_SECTOR_CODES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
type IbgeSectorCode = (typeof IBGE_SECTOR_CODES)[number];

function isIbgeSectorCode(code: string): code is IbgeSectorCode {
  return (IBGE_SECTOR_CODES as readonly string[]).includes(code);
}

/** The IBGE sector's name in the UI language; the data carries the Portuguese name only. */
export function ibgeSectorLabel(t: TFunction, code: string, dataName: string): string {
  return isIbgeSectorCode(code) ? t(`ibgeSectors.${code}`) : dataName;
}
