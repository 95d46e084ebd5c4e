-- The case page reads a case's mediations (as the case, or as the case it came from) by case id; without these
-- indexes each case page scanned the whole table (issue 10).
create index if not exists mediation_case_idx on mediation (case_id);
create index if not exists mediation_origin_case_idx on mediation (origin_case_id) where origin_case_id is not null;
