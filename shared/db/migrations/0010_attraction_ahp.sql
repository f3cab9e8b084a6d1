-- Arranjo workspace, schema 10: an attraction plan keeps how its sales-criteria weights were set.
-- Append-only. Until now the AHP pairwise judgements behind the weights lasted only for the session
-- (the plan stored the weights, not the matrix): reopening the workspace lost them. As a scenario
-- does (0003), the plan records the origin of its weights and, for AHP, the matrix (JSON n x n, in
-- the order of the plan's criteria). Existing plans keep their weights as typed ('direct').
ALTER TABLE attraction_plan ADD COLUMN weight_origin TEXT NOT NULL DEFAULT 'direct' CHECK (weight_origin IN ('direct', 'ahp'));
ALTER TABLE attraction_plan ADD COLUMN ahp_matrix TEXT CHECK (ahp_matrix IS NULL OR json_valid(ahp_matrix));
