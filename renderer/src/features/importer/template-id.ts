import { slug } from '../../../../shared/text/fold';

/** Template ids are what the CLI's --template takes: lower-case letters, digits and "-". */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** "Empresas ativas (Secretaria)" → "empresas-ativas-secretaria". */
export function templateIdFrom(label: string): string {
  return slug(label)
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function isTemplateId(id: string): boolean {
  return id.length <= 80 && TEMPLATE_ID.test(id);
}
