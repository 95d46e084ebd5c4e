-- The candidates of each random draw are the active staff of one department (Staffing.staffOf), read at every
-- registration; before, the whole court's staff was read and filtered (issue 10 profile).
create index staff_member_department_idx on staff_member (department_id) where active;
