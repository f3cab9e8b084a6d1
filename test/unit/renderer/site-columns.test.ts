import { describe, expect, it } from 'vitest';
import { isEditableField, patchForEdit } from '../../../renderer/src/features/territories/site-columns';
import { shortcutFor } from '../../../renderer/src/workspace/use-workspace-effects';

describe('patchForEdit', () => {
  it('trims text and turns an emptied optional text into null', () => {
    expect(patchForEdit('status', '  prioritário ')).toEqual({ status: 'prioritário' });
    expect(patchForEdit('notes', '   ')).toEqual({ notes: null });
    expect(patchForEdit('managingBody', null)).toEqual({ managingBody: null });
  });

  it('keeps an emptied name as "" so that the engine reports it as required', () => {
    expect(patchForEdit('name', '  ')).toEqual({ name: '' });
  });

  it('passes numbers through, and empties as null', () => {
    expect(patchForEdit('lotsTotal', 120)).toEqual({ lotsTotal: 120 });
    expect(patchForEdit('lotsTotal', -5)).toEqual({ lotsTotal: -5 });
    expect(patchForEdit('areaHa', null)).toEqual({ areaHa: null });
    expect(patchForEdit('areaHa', '')).toEqual({ areaHa: null });
  });

  it('reads typed or pasted numbers in the user locale, and passes text on for the engine to refuse', () => {
    expect(patchForEdit('areaHa', '1.234,5')).toEqual({ areaHa: 1234.5 });
    expect(patchForEdit('areaHa', '1,234.5', 'en')).toEqual({ areaHa: 1234.5 });
    expect(patchForEdit('jobs', ' doze ')).toEqual({ jobs: 'doze' });
    expect(patchForEdit('code', '  ')).toEqual({ code: '' });
  });

  it('knows which fields are editable', () => {
    expect(isEditableField('name')).toBe(true);
    expect(isEditableField('jobs')).toBe(true);
    expect(isEditableField('code')).toBe(true);
    expect(isEditableField('municipalityName')).toBe(false);
    expect(isEditableField(undefined)).toBe(false);
  });
});

describe('shortcutFor', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('maps the usual desktop shortcuts', () => {
    expect(shortcutFor(key('s', { ctrlKey: true }))).toBe('workspace.save');
    expect(shortcutFor(key('S', { metaKey: true, shiftKey: true }))).toBe('workspace.saveAs');
    expect(shortcutFor(key('o', { ctrlKey: true }))).toBe('workspace.open');
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('edit.undo');
    expect(shortcutFor(key('z', { ctrlKey: true, shiftKey: true }))).toBe('edit.redo');
    expect(shortcutFor(key('y', { ctrlKey: true }))).toBe('edit.redo');
  });

  it('ignores plain keys and Alt combinations', () => {
    expect(shortcutFor(key('s'))).toBeNull();
    expect(shortcutFor(key('s', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key('x', { ctrlKey: true }))).toBeNull();
  });
});
