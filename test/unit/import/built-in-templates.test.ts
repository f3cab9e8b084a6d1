import { describe, expect, it } from 'vitest';
import { BUILT_IN_DEFINITIONS, BUILT_IN_TEMPLATES } from '../../../shared/import/templates/built-ins';
import { importTemplateSchema } from '../../../shared/import/templates/template';

// The built-ins are not parsed at every start (issue 16): here the schema checks each definition
// (ids, safe patterns, roles) and gives back exactly the template the engine uses.
describe('built-in import templates', () => {
  it('are what importTemplateSchema makes of their definitions', () => {
    expect(BUILT_IN_TEMPLATES).toHaveLength(BUILT_IN_DEFINITIONS.length);
    BUILT_IN_DEFINITIONS.forEach((definition, i) => {
      expect(BUILT_IN_TEMPLATES[i], definition.id).toEqual(importTemplateSchema.parse(definition));
    });
  });

  it('have distinct ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('would be refused with an unsafe or invalid pattern, so the check above means something', () => {
    const [first] = BUILT_IN_DEFINITIONS;
    if (!first) throw new Error('no built-in template');
    expect(importTemplateSchema.safeParse({ ...first, columns: [{ match: '(a+)+$', role: 'ignore' }] }).success).toBe(false);
    expect(importTemplateSchema.safeParse({ ...first, id: 'Not An Id' }).success).toBe(false);
  });
});
