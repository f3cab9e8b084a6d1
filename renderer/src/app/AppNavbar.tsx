import { NavLink, ScrollArea } from '@mantine/core';
import { useLocale } from '../i18n';
import { AREAS, AREA_GLYPHS, AVAILABLE_AREAS, type Area } from './areas';

interface Props {
  active: Area;
  onSelect: (area: Area) => void;
}

export function AppNavbar({ active, onSelect }: Props) {
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
            // Areas still to come stay reachable (they say so plainly) but read as secondary.
            c={AVAILABLE_AREAS.has(area) ? undefined : 'dimmed'}
            description={AVAILABLE_AREAS.has(area) ? undefined : t('app.soon')}
            onClick={() => onSelect(area)}
            data-testid={`nav-${area}`}
            aria-current={area === active ? 'page' : undefined}
            styles={{ label: { fontSize: 13 }, description: { fontSize: 10 } }}
            py={5}
          />
        ))}
      </nav>
    </ScrollArea>
  );
}
