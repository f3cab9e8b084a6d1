import translation from '../locales/pt-BR.json';
import territories from '../../features/territories/locales/pt-BR.json';
import attraction from '../../features/attraction/locales/pt-BR.json';
import economy from '../../features/economy/locales/pt-BR.json';
import importer from '../../features/importer/locales/pt-BR.json';
import initiatives from '../../features/initiatives/locales/pt-BR.json';
import prioritization from '../../features/prioritization/locales/pt-BR.json';
import works from '../../features/works/locales/pt-BR.json';
import programmes from '../../features/programmes/locales/pt-BR.json';

/** The UI texts in pt-BR, one namespace per feature: a chunk of its own, loaded when the language is used. */
export const texts = { translation, territories, attraction, economy, importer, initiatives, prioritization, works, programmes };
