import { NavLink, ScrollArea } from '@mantine/core';
import { useLocale } from '../i18n';
import { AREAS, AREA_GLYPHS, type Area } from './areas';

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
}
