import { Paper, SegmentedControl, Select, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { changeLocale, useLocale } from '../../i18n';
import { LOCALES, isLocale } from '../../i18n/locales';
import { DataSources } from './DataSources';

const LANGUAGE_NAMES = { 'pt-BR': 'Português (Brasil)', en: 'English', es: 'Español' } as const;

/** Language, theme, and what the app is built from. */
export function SettingsArea() {
  const { t, locale } = useLocale();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  return (
    <Stack gap="sm" maw={960} data-testid="area-settings">
      <Title order={2}>{t('areas.settings')}</Title>
      <Paper withBorder p="sm">
        <Title order={3} mb="xs">
          {t('settings.appearance')}
        </Title>
        <Stack gap="sm">
          <Select
            label={t('settings.language')}
            description={t('settings.languageHint')}
            // Language names are written in their own language, so anyone can find theirs.
            data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={locale}
            onChange={(value) => isLocale(value) && void changeLocale(value)}
            allowDeselect={false}
            w={280}
            data-testid="language-select"
          />
          <div>
            <Text size="xs" fw={500} mb={4}>
              {t('settings.theme')}
            </Text>
            <SegmentedControl
              value={colorScheme}
              onChange={setColorScheme}
              data={[
                { value: 'light', label: t('settings.themeLight') },
                { value: 'dark', label: t('settings.themeDark') },
                { value: 'auto', label: t('settings.themeAuto') },
              ]}
              data-testid="theme-select"
            />
          </div>
        </Stack>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} mb={4}>
          {t('settings.about')}
        </Title>
        <Text size="sm">{t('settings.aboutText')}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          {t('settings.version', { version: __APP_VERSION__ })}
        </Text>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} mb={4}>
          {t('settings.dataSources')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.dataSourcesIntro')}
        </Text>
        <DataSources locale={locale} />
      </Paper>
    </Stack>
  );
}
