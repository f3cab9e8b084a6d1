import translation from '../locales/en.json';
import territories from '../../features/territories/locales/en.json';
import attraction from '../../features/attraction/locales/en.json';
import economy from '../../features/economy/locales/en.json';
import importer from '../../features/importer/locales/en.json';
import initiatives from '../../features/initiatives/locales/en.json';
import prioritization from '../../features/prioritization/locales/en.json';
import works from '../../features/works/locales/en.json';
import programmes from '../../features/programmes/locales/en.json';

/** The UI texts in en, one namespace per feature: a chunk of its own, loaded when the language is used. */
export const texts = { translation, territories, attraction, economy, importer, initiatives, prioritization, works, programmes };
