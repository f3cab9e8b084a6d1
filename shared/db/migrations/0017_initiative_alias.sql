-- Arranjo workspace, schema 17: the codes of merged initiatives. Append-only.
-- Merging "Polo dp MEL do Meio do Mundo" into "Polo do MEL do Meio do Mundo" (Polos e iniciativas)
-- removes the first; a later import of the same registry file, which names the polo by that code
-- (or by the spelling the code is made from), must update the kept one instead of bringing the
-- merged one back. Each merged code points at the initiative it now is; a merge of that one in turn
-- moves its aliases along, and undoing the merge removes the alias.
CREATE TABLE initiative_alias (
  alias         TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(trim(alias)) > 0),
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  -- The merged initiative's name when it was merged (what the import preview names).
  name          TEXT NOT NULL,
  merged_at     TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX initiative_alias_initiative ON initiative_alias (initiative_id);
