import type { Connection } from '../../db/connection';
import type { GridViewInfo, MeetingSequence, MeetingSequenceInput } from './types';
import { ArranjoError } from '../../errors';
import { GridViewRepository } from './grid-view-repository';
import { MeetingRepository } from './meeting-repository';
import { gridViewInputSchema, meetingSequenceInputSchema } from './schemas';
import { parseInput, refuseField } from '../../rpc/validate';
import type { History } from '../../engine/history';

/**
 * What the planner saves of the display: grid views and meeting sequences. They live in the
 * workspace (so they travel with the file) and are undoable like any change.
 */
export class SavedViewsService {
  private readonly grids: GridViewRepository;
  private readonly meetings: MeetingRepository;

  constructor(
    conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {
    this.grids = new GridViewRepository(conn);
    this.meetings = new MeetingRepository(conn);
  }

  gridViews(gridId: string): GridViewInfo[] {
    return this.grids.list(gridId);
  }

  /** Saves a view under its name, replacing the grid's view of that name. */
  saveGridView(input: { gridId: string; name: string; state: Record<string, unknown> }): GridViewInfo {
    const data = parseInput(gridViewInputSchema, input, 'view');
    const before = this.grids.byName(data.gridId, data.name);
    const id = this.grids.put({ id: before?.id, gridId: data.gridId, name: data.name, state: data.state, updatedAt: this.now() });
    const after = this.grids.get(id) as GridViewInfo;
    this.history.record({
      label: 'gridView.save',
      undo: () => (before ? this.grids.put(before) : this.grids.delete(id)),
      redo: () => this.grids.put(after),
    });
    return after;
  }

  deleteGridView(id: number): void {
    const before = this.grids.get(id);
    if (!before) throw new ArranjoError('NOT_FOUND', `Saved view ${id} does not exist.`);
    this.grids.delete(id);
    this.history.record({ label: 'gridView.delete', undo: () => this.grids.put(before), redo: () => this.grids.delete(id) });
  }

  meetingSequences(): MeetingSequence[] {
    return this.meetings.list();
  }

  saveMeetingSequence(input: MeetingSequenceInput): MeetingSequence {
    const data = parseInput(meetingSequenceInputSchema, input, 'sequence');
    const clash = this.meetings.byName(data.name);
    if (clash && clash.id !== data.id) {
      throw refuseField('name', 'duplicate', { value: data.name }, `"${data.name}" is already used by another sequence.`, {
        code: 'CONSTRAINT',
      });
    }
    const before = data.id !== undefined ? this.meetings.get(data.id) : undefined;
    if (data.id !== undefined && !before) throw new ArranjoError('NOT_FOUND', `Meeting sequence ${data.id} does not exist.`);
    const id = this.meetings.put({ id: data.id, name: data.name, views: data.views, updatedAt: this.now() });
    const after = this.meetings.get(id) as MeetingSequence;
    this.history.record({
      label: 'meeting.save',
      undo: () => (before ? this.meetings.put(before) : this.meetings.delete(id)),
      redo: () => this.meetings.put(after),
    });
    return after;
  }

  deleteMeetingSequence(id: number): void {
    const before = this.meetings.get(id);
    if (!before) throw new ArranjoError('NOT_FOUND', `Meeting sequence ${id} does not exist.`);
    this.meetings.delete(id);
    this.history.record({ label: 'meeting.delete', undo: () => this.meetings.put(before), redo: () => this.meetings.delete(id) });
  }
}
