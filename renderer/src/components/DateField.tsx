import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useLocale } from '../i18n';
import { isIsoDate, numericDate, parseShortDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'placeholder'> & {
  /** YYYY-MM-DD, '' for none, or text that is not a date (kept as typed). */
  value: string;
  /** A date typed in the UI language's form comes back as YYYY-MM-DD; cleared as ''; anything else as typed (the owner or the engine refuses it). */
  onChange: (value: string) => void;
};

/** What the field shows for a value: the date in the UI language's numeric form, or the text as it is. */
const shown = (value: string, locale: Locale): string => (isIsoDate(value) ? numericDate(value, locale) : value);
/** What the field's text means: a date, nothing, or the text as typed. */
const meaning = (text: string, locale: Locale): string => (text.trim() === '' ? '' : (parseShortDate(text, locale) ?? text.trim()));

/**
 * A date typed and shown in the UI language (30/06/2025 in pt-BR and es, 06/30/2025 in en), not in the
 * browser's or the system's locale as `<input type="date">` would be. Says so under the field when the
 * text is not a date.
 */
export function DateField({ value, onChange, onBlur, error, ...rest }: Props) {
  const { t, locale } = useLocale();
  const [text, setText] = useState(() => shown(value, locale));
  const [left, setLeft] = useState(false);
  // The owner set another value (a reset after adding, another record) or the language changed: show it.
  const [showing, setShowing] = useState({ value, locale });
  if (showing.value !== value || showing.locale !== locale) {
    setShowing({ value, locale });
    if (showing.locale !== locale || meaning(text, locale) !== value) setText(shown(value, locale));
  }
  const invalid = text.trim() !== '' && parseShortDate(text, locale) === null;
  const example = numericDate('2025-06-30', locale);
  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={example}
      inputMode="numeric"
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(meaning(next, locale));
      }}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
      error={error ?? (left && invalid ? t('dateField.invalid', { example }) : undefined)}
    />
  );
}
