import { NavLink, ScrollArea } from '@mantine/core';
import { memo } from 'react';
import { useLocale } from '../i18n';
import { AREAS, AREA_GLYPHS, type Area } from './areas';

interface Props {
  active: Area;
  onSelect: (area: Area) => void;
}

/** Memoized: the workspace's changes re-render the shell, not its navigation (issue 16). */
export const AppNavbar = memo(function AppNavbar({ active, onSelect }: Props) {
  const { t } = useLocale();
  return (
    <ScrollArea type="never">
      <nav aria-label={t('app.navigation')}>
        {AREAS.map((area) => (
          <NavLink
            key={area}
            component="button"
            active={area === active}
            label={t(`areas.${area}`)}
            leftSection={<span aria-hidden>{AREA_GLYPHS[area]}</span>}
            onClick={() => onSelect(area)}
            data-testid={`nav-${area}`}
            aria-current={area === active ? 'page' : undefined}
            styles={{ label: { fontSize: 13 } }}
            py={5}
          />
        ))}
      </nav>
    </ScrollArea>
  );
});
