import translation from '../locales/es.json';
import territories from '../../features/territories/locales/es.json';
import attraction from '../../features/attraction/locales/es.json';
import economy from '../../features/economy/locales/es.json';
import importer from '../../features/importer/locales/es.json';
import initiatives from '../../features/initiatives/locales/es.json';
import prioritization from '../../features/prioritization/locales/es.json';
import works from '../../features/works/locales/es.json';
import programmes from '../../features/programmes/locales/es.json';

/** The UI texts in es, one namespace per feature: a chunk of its own, loaded when the language is used. */
export const texts = { translation, territories, attraction, economy, importer, initiatives, prioritization, works, programmes };
