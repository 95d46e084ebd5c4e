-- Cases: 分案 (random and designated assignment), the standing teams of judges, judges' absences, and the
-- per-court switch for automatic assignment after 立案. Random draws are stored with their seed, ordered candidates
-- and weights, so an auditor can replay them; designated assignments and reassignments are flagged for supervision.

-- One row per draw or decision: purpose JUDGE (承办法官) or ASSESSORS (人民陪审员 for a 合议庭).
-- candidates: [{staffId, name, openCases, weight}] in draw order (sorted by staff id);
-- exclusions: [{staffId, name, reason}]; chosen: [{staffId, name}] in draw order.
create table case_assignment (
    id                 uuid          primary key,
    case_id            uuid          not null references court_case (id),
    purpose            varchar(16)   not null,
    kind               varchar(16)   not null,
    department_id      uuid,
    seed               bigint,
    algorithm_version  varchar(64),
    candidates         jsonb         not null default '[]'::jsonb,
    exclusions         jsonb         not null default '[]'::jsonb,
    chosen             jsonb         not null default '[]'::jsonb,
    chosen_staff_id    uuid,
    chosen_name        varchar(50),
    reason             varchar(500),
    requested_by       varchar(64),
    approved_by        varchar(64),
    supervision_flag   boolean       not null default false,
    recorded_by        varchar(64),
    recorded_at        timestamptz   not null,
    constraint case_assignment_purpose_ck check (purpose in ('JUDGE', 'ASSESSORS')),
    constraint case_assignment_kind_ck check (kind in ('RANDOM', 'DESIGNATED', 'REASSIGNED'))
);
create index case_assignment_case_idx on case_assignment (case_id, recorded_at);
create index case_assignment_flag_idx on case_assignment (supervision_flag) where supervision_flag;

-- Why a registered case still waits in the 待分案 queue after automatic assignment failed.
create table assignment_pending (
    case_id       uuid          primary key references court_case (id),
    reason        varchar(1000) not null,
    attempted_at  timestamptz   not null
);

-- 指定分案 / 变更承办法官: requested with a reason, approved or refused by a division head or president who is not
-- the requester.
create table designation_request (
    id              uuid          primary key,
    case_id         uuid          not null references court_case (id),
    kind            varchar(16)   not null,
    judge_staff_id  uuid          not null,
    judge_name      varchar(50)   not null,
    reason          varchar(500)  not null,
    requested_by    varchar(64)   not null,
    requested_at    timestamptz   not null,
    status          varchar(16)   not null,
    decided_by      varchar(64),
    decided_at      timestamptz,
    decision_note   varchar(500),
    assignment_id   uuid,
    constraint designation_request_kind_ck check (kind in ('DESIGNATE', 'REASSIGN')),
    constraint designation_request_status_ck check (status in ('PENDING', 'APPROVED', 'REFUSED'))
);
create index designation_request_case_idx on designation_request (case_id);
create index designation_request_pending_idx on designation_request (status) where status = 'PENDING';

-- A judge's standing 法官助理 and 书记员, who follow the judge's cases.
create table judge_team (
    judge_staff_id      uuid         primary key,
    court_id            varchar(32)  not null,
    assistant_staff_id  uuid,
    clerk_staff_id      uuid,
    updated_by          varchar(64),
    updated_at          timestamptz  not null
);

-- A judge's absence (休假、培训、借调…): no random assignment on those days. Withdrawn rows stay.
create table judge_absence (
    id            uuid          primary key,
    court_id      varchar(32)   not null,
    staff_id      uuid          not null,
    staff_name    varchar(50)   not null,
    from_date     date          not null,
    to_date       date          not null,
    reason        varchar(200)  not null,
    recorded_by   varchar(64)   not null,
    recorded_at   timestamptz   not null,
    withdrawn_at  timestamptz,
    constraint judge_absence_dates_ck check (to_date >= from_date)
);
create index judge_absence_staff_idx on judge_absence (staff_id, from_date, to_date) where withdrawn_at is null;

-- Whether a court assigns automatically right after 立案; courts without a row follow the configured default.
create table assignment_court_setting (
    court_id    varchar(32)  primary key,
    automatic   boolean      not null,
    updated_by  varchar(64),
    updated_at  timestamptz  not null
);
