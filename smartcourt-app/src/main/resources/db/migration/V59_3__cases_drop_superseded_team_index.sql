-- The open case load of each draw's candidates is counted on case_team_open_load_idx (V59_1), which holds open cases
-- only; nothing reads team rows by staff across all cases any more. The old index cost a write at every team change
-- and 476 MB on the million-case province data.
drop index if exists case_team_staff_case_idx;
