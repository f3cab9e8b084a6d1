/** Template ids are what the CLI's --template takes: lower-case letters, digits and "-". */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** "Empresas ativas (Secretaria)" → "empresas-ativas-secretaria". */
export function templateIdFrom(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function isTemplateId(id: string): boolean {
  return id.length <= 80 && TEMPLATE_ID.test(id);
}
