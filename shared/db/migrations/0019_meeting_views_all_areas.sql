-- Arranjo workspace, schema 19: meeting views of the newer areas' charts. Append-only.
-- A meeting sequence could hold maps, comparisons, profiles and works charts only (the CHECK of
-- schema 11): the programme monitor, the polos map, an attraction plan's funnel and a prioritization
-- ranking could be shown full screen one at a time but not added to the meeting a planner prepares.
-- SQLite cannot alter a CHECK: the table is rebuilt with the same columns and rows.
CREATE TABLE meeting_view_v19 (
  sequence_id INTEGER NOT NULL REFERENCES meeting_sequence (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  kind        TEXT NOT NULL CHECK (kind IN ('map', 'compare', 'profile', 'works', 'programme', 'polos', 'attraction', 'ranking')),
  title       TEXT NOT NULL,
  spec        TEXT NOT NULL CHECK (json_valid(spec)),
  PRIMARY KEY (sequence_id, position)
) STRICT;

INSERT INTO meeting_view_v19 (sequence_id, position, kind, title, spec)
  SELECT sequence_id, position, kind, title, spec FROM meeting_view ORDER BY sequence_id, position;

DROP TABLE meeting_view;
ALTER TABLE meeting_view_v19 RENAME TO meeting_view;
