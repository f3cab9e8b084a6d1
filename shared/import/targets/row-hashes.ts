import type { SourceRow } from '../read/table-source';

/**
 * A hash of each row's cells by row number (32-bit FNV-1a over their text), in a typed array: enough
 * to tell that a row repeats an earlier one cell for cell, without keeping the rows.
 */
export class RowHashes {
  private data = new Int32Array(1024);

  add(row: SourceRow): void {
    let hash = 0x811c9dc5;
    let end = row.cells.length;
    while (end > 0 && cellKey(row.cells[end - 1] ?? null) === '') end--;
    for (let c = 0; c < end; c++) {
      const text = cellKey(row.cells[c] ?? null);
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0x1f, 0x01000193);
    }
    while (this.data.length <= row.row) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[row.row] = hash | 1;
  }

  /** Whether two rows read so far hold the same cells. */
  same(a: number, b: number): boolean {
    const x = this.data[a] ?? 0;
    return x !== 0 && x === (this.data[b] ?? 0);
  }
}

function cellKey(cell: SourceRow['cells'][number]): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  return `${cell.percent}%`;
}
