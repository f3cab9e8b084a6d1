import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useLocale } from '../i18n';
import { groupedDecimalProps } from '../i18n/format';

type Props = Omit<NumberInputProps, 'decimalSeparator' | 'thousandSeparator'> & {
  /** Thousands grouped as the UI language writes them ("1.500.000"); off where a number is small (a weight, a threshold). */
  grouped?: boolean;
};

/**
 * A number typed and shown in the UI language: "1.500,5" in pt-BR and es, "1,500.5" in en. Mantine's
 * input alone reads a dot as the decimal separator and drops a comma, so a lot of "1500,5" m² became
 * 15.005 m². Every number field of the app is this one (a lint rule keeps Mantine's out).
 */
export function NumberField({ grouped = true, ...rest }: Props) {
  const { locale } = useLocale();
  const { decimalSeparator, thousandSeparator } = groupedDecimalProps(locale);
  return <NumberInput {...rest} decimalSeparator={decimalSeparator} thousandSeparator={grouped ? thousandSeparator : undefined} />;
}
