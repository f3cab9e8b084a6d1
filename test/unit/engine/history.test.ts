import { describe, expect, it } from 'vitest';
import { History } from '../../../shared/engine/history';

describe('History', () => {
  it('undoes and redoes in order, and a new change clears redo', () => {
    let value = 0;
    const h = new History();
    const set = (from: number, to: number) => ({ label: 'set', undo: () => (value = from), redo: () => (value = to) });
    value = 1;
    h.record(set(0, 1));
    value = 2;
    h.record(set(1, 2));
    h.undo();
    expect(value).toBe(1);
    h.redo();
    expect(value).toBe(2);
    h.undo();
    h.record(set(1, 5));
    expect(h.canRedo).toBe(false);
    expect(h.revision).toBe(6); // every record, undo and redo counts
  });

  it('returns nothing to undo on an empty history and keeps at most `limit` changes', () => {
    const h = new History(2);
    expect(h.undo()).toBeUndefined();
    for (let i = 0; i < 3; i++) h.record({ label: String(i), undo: () => undefined, redo: () => undefined });
    expect(h.undo()?.label).toBe('2');
    expect(h.undo()?.label).toBe('1');
    expect(h.undo()).toBeUndefined();
  });
});
