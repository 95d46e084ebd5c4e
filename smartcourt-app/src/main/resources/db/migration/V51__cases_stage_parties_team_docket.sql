-- Cases: the stage a case is in, its parties, the people who handle it, and its docket (审判流程节点).
-- A case's stage changes only through named commands; the version column makes each change a compare-and-set.

alter table court_case add column stage varchar(16) not null default 'REGISTERED';
alter table court_case add column department_id uuid;
alter table court_case add column filer_username varchar(64);
alter table court_case add column version bigint not null default 0;
alter table court_case add constraint court_case_stage_ck
    check (stage in ('REGISTERED', 'ASSIGNED', 'IN_TRIAL', 'SUSPENDED', 'CLOSED', 'ARCHIVED'));
create index court_case_stage_idx on court_case (court_id, stage);
create index court_case_filer_idx on court_case (filer_username) where filer_username is not null;

-- 当事人 and their 诉讼代理人. An agent row names the party it represents (represents = that party's seq).
create table case_party (
    case_id         uuid         not null references court_case (id),
    seq             integer      not null,
    kind            varchar(8)   not null,
    side            varchar(16)  not null,
    party_type      varchar(16),
    name            varchar(200) not null,
    id_number       varchar(32),
    represents      integer,
    lawyer          boolean      not null default false,
    license_number  varchar(32),
    username        varchar(64),
    constraint case_party_pk primary key (case_id, seq),
    constraint case_party_kind_ck check (kind in ('PARTY', 'AGENT')),
    constraint case_party_side_ck check (side in ('PLAINTIFF', 'DEFENDANT', 'THIRD_PARTY', 'APPELLANT', 'APPELLEE',
        'APPLICANT', 'RESPONDENT', 'OTHER'))
);
create index case_party_username_idx on case_party (username) where username is not null;
create index case_party_license_idx on case_party (license_number) where license_number is not null;

-- 审判组织 and 审判辅助人员: who handles the case now. A person (by staff id) may hold several roles; a row is ended,
-- never deleted, when the team changes, so the history stays.
create table case_team_member (
    id          uuid         primary key,
    case_id     uuid         not null references court_case (id),
    staff_id    uuid         not null,
    username    varchar(64),
    name        varchar(50)  not null,
    role        varchar(24)  not null,
    since       timestamptz  not null,
    until       timestamptz,
    constraint case_team_role_ck check (role in ('RESPONSIBLE_JUDGE', 'PRESIDING_JUDGE', 'MEMBER_JUDGE',
        'PEOPLES_ASSESSOR', 'ASSISTANT', 'CLERK'))
);
create index case_team_current_idx on case_team_member (case_id) where until is null;
create index case_team_staff_idx on case_team_member (staff_id) where until is null;
create index case_team_username_idx on case_team_member (username) where until is null;

-- 审判流程节点: every procedural step, in order, with who may see it (审判流程信息公开, 2019 规定 art. 7).
create table docket_entry (
    id           uuid          primary key,
    case_id      uuid          not null references court_case (id),
    seq          integer       not null,
    type         varchar(32)   not null,
    occurred_on  date          not null,
    recorded_at  timestamptz   not null,
    audience     varchar(8)    not null,
    summary      varchar(1000) not null,
    details      jsonb         not null default '{}'::jsonb,
    recorded_by  varchar(64),
    constraint docket_entry_seq_uk unique (case_id, seq),
    constraint docket_entry_audience_ck check (audience in ('COURT', 'PARTIES', 'PUBLIC'))
);
create index docket_entry_type_idx on docket_entry (case_id, type);
