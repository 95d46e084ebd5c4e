-- 四类案件 and local triggers flagged on a case (by rule or by hand), and the supervisory acts a president or
-- division head may take within the 权力清单, each answered by the 承办法官 (法发〔2015〕13号 art. 24,
-- 法发〔2021〕30号). Nothing here can change a panel's decision: there is no such act.

alter table supervision_case_fact add column designated boolean not null default false;
alter table supervision_case_fact add column adjournments integer not null default 0;

create table supervision_flag (
    id            uuid          primary key,
    case_id       uuid          not null,
    court_id      varchar(32)   not null,
    kind          varchar(32)   not null,
    automatic     boolean       not null,
    reason        varchar(1000) not null,
    raised_by     varchar(64),
    raised_at     timestamptz   not null,
    cleared_by    varchar(64),
    cleared_at    timestamptz,
    clear_reason  varchar(1000),
    constraint supervision_flag_kind_ck check (kind in ('MAJOR_COMPLEX', 'GROUP_OR_PUBLIC', 'SIMILAR_CASE_CONFLICT',
        'MISCONDUCT_REPORT', 'LONG_PENDING', 'LONG_DETENTION', 'DESIGNATED_ASSIGNMENT', 'REPEATED_ADJOURNMENT',
        'EXTENDED'))
);
-- one open flag of a kind per case; a rule raises a kind once per case (a cleared flag is not raised again by it)
create unique index supervision_flag_open_uk on supervision_flag (case_id, kind) where cleared_at is null;
create index supervision_flag_case_idx on supervision_flag (case_id);
create index supervision_flag_court_open_idx on supervision_flag (court_id, raised_at) where cleared_at is null;

create table supervision_act (
    id              uuid          primary key,
    case_id         uuid          not null,
    court_id        varchar(32)   not null,
    kind            varchar(32)   not null,
    note            varchar(2000) not null,
    requested_by    varchar(64)   not null,
    requester_name  varchar(64)   not null,
    requested_at    timestamptz   not null,
    answer_due_on   date,
    answered_by     varchar(64),
    answerer_name   varchar(64),
    answer          varchar(4000),
    answered_at     timestamptz,
    constraint supervision_act_kind_ck check (kind in ('PROGRESS_REPORT', 'DELIBERATION_RESULT', 'JUDGES_MEETING',
        'JUDICIAL_COMMITTEE', 'URGE'))
);
create index supervision_act_case_idx on supervision_act (case_id, requested_at);
create index supervision_act_open_idx on supervision_act (court_id, requested_at) where answered_at is null;

-- every fact is refreshed once so the new columns are filled
insert into supervision_dirty_case (case_id, marked_at) select case_id, now() from supervision_case_fact
on conflict do nothing;
