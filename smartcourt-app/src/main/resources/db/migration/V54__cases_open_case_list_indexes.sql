-- 我承办的案件 at province scale (issue 10): a judge's list walks their team rows to the open cases among them.
-- With (username, case_id) the walk is an index-only scan, and the small partial index of open cases answers the
-- stage test without reading the closed cases' rows. Measured on a million cases: 162 ms → 26 ms cold.
create index case_team_username_case_idx on case_team_member (username, case_id) where until is null;
drop index case_team_username_idx;
create index court_case_open_idx on court_case (id) where stage not in ('CLOSED', 'ARCHIVED');
-- 全院案件 (a president's or division head's open cases) by court and department, without the closed ones.
create index court_case_open_court_idx on court_case (court_id, department_id) where stage not in ('CLOSED', 'ARCHIVED');
-- Recusal checks at assignment walk the team of every earlier case of the same party (any membership, ended or
-- not); the partial index of current members could not serve them, so each draw scanned the whole table.
create index case_team_case_idx on case_team_member (case_id);
drop index case_team_current_idx;
-- Each random draw weighs every candidate by their open caseload: an index-only walk of their current team rows,
-- with the partial index of open cases for the stage test.
create index case_team_staff_case_idx on case_team_member (staff_id, role, case_id) where until is null;
drop index case_team_staff_idx;
