-- Arranjo workspace, schema 12: an index for the list of indicator periods (issue 16).
-- The map and criteria pickers list every indicator × period with municipal or site values. The
-- primary key (indicator_code, subject_kind, subject_code, period) puts the period last, so that list
-- read every value (~78,000 in the demo) into a temporary table: about a second in the browser's
-- worker each time the dashboard or a criteria editor opened. With this index the engine finds
-- each next pair with one seek. Append-only.
CREATE INDEX indicator_value_periods ON indicator_value (subject_kind, indicator_code, period);
