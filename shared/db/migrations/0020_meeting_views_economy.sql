-- Arranjo workspace, schema 20: meeting views of the economic diagnosis' charts. Append-only.
-- A meeting sequence could hold every area's chart but the diagnosis' (the CHECK of schema 19): a
-- planner could show the LQ × growth chart, the shift-share, the sectors or the LQ map full screen one
-- at a time, but not put them in the meeting a planner prepares. 'economy' views keep the territory, year,
-- classification, measure and reference the chart is redrawn with.
-- SQLite cannot alter a CHECK: the table is rebuilt with the same columns and rows.
CREATE TABLE meeting_view_v20 (
  sequence_id INTEGER NOT NULL REFERENCES meeting_sequence (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  kind        TEXT NOT NULL CHECK (kind IN ('map', 'compare', 'profile', 'works', 'programme', 'polos', 'attraction', 'ranking', 'economy')),
  title       TEXT NOT NULL,
  spec        TEXT NOT NULL CHECK (json_valid(spec)),
  PRIMARY KEY (sequence_id, position)
) STRICT;

INSERT INTO meeting_view_v20 (sequence_id, position, kind, title, spec)
  SELECT sequence_id, position, kind, title, spec FROM meeting_view ORDER BY sequence_id, position;

DROP TABLE meeting_view;
ALTER TABLE meeting_view_v20 RENAME TO meeting_view;
