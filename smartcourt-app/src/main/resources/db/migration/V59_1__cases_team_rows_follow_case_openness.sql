-- A team row says whether its case is open, so a judge's open cases and the open case load of the candidates of a
-- random draw are read from the team rows alone. Before, both walked every team row of the person (closed cases
-- included: a judge of a busy court has thousands) and probed court_case for each to drop the closed ones: 66 ms for
-- one judge's list and 30 ms for each draw's load count on the million-case province data (issue 10).
-- The triggers keep the copy true whoever writes: the application, a script, or a test moving a stage by SQL.

alter table case_team_member add column case_open boolean not null default true;

update case_team_member t
   set case_open = false
  from court_case c
 where c.id = t.case_id and c.stage in ('CLOSED', 'ARCHIVED');

create function case_team_member_takes_case_openness() returns trigger language plpgsql as $$
begin
    new.case_open := not exists (select 1 from court_case c
                                  where c.id = new.case_id and c.stage in ('CLOSED', 'ARCHIVED'));
    return new;
end
$$;

create trigger case_team_member_case_open
    before insert or update of case_id on case_team_member
    for each row execute function case_team_member_takes_case_openness();

create function court_case_openness_to_team() returns trigger language plpgsql as $$
begin
    update case_team_member
       set case_open = new.stage not in ('CLOSED', 'ARCHIVED')
     where case_id = new.id;
    return null;
end
$$;

create trigger court_case_openness_to_team
    after update of stage on court_case
    for each row
    when ((old.stage in ('CLOSED', 'ARCHIVED')) is distinct from (new.stage in ('CLOSED', 'ARCHIVED')))
    execute function court_case_openness_to_team();

-- a judge's open cases (我的案件 and the 审限 list)
create index case_team_open_username_idx on case_team_member (username, case_id) where until is null and case_open;
-- the open case load per candidate and role, counted at each random draw
create index case_team_open_load_idx on case_team_member (staff_id, role, case_id) where until is null and case_open;
