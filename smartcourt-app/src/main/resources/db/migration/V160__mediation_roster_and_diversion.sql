-- 特邀调解组织 and 特邀调解员 of a court (《最高人民法院关于人民法院特邀调解的规定》 arts. 5–8; specialties after
-- 《人民法院在线调解规则》 art. 28). Specialties are comma-separated codes of mediation.Specialty.
create table mediation_organization (
    id          uuid         primary key,
    court_id    varchar(32)  not null,
    name        varchar(200) not null,
    specialties varchar(500) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    constraint mediation_organization_name_uk unique (court_id, name)
);

create table mediator (
    id              uuid         primary key,
    court_id        varchar(32)  not null,
    organization_id uuid         references mediation_organization (id),
    name            varchar(100) not null,
    username        varchar(100),
    specialties     varchar(500) not null,
    active          boolean      not null default true,
    on_leave_until  date,
    created_at      timestamptz  not null
);
create unique index mediator_username_uk on mediator (username) where username is not null;
create index mediator_court_idx on mediator (court_id);

-- 繁简分流: the router's suggestion for a filing or a registered case, and the person's decision.
create table mediation_diversion (
    id               uuid          primary key,
    court_id         varchar(32)   not null,
    filing_id        uuid,
    case_id          uuid,
    title            varchar(500)  not null,
    cause_code       varchar(32),
    cause_name       varchar(200),
    claim_fen        bigint,
    suggested_track  varchar(24)   not null,
    procedure_track  varchar(24)   not null,
    reasons          jsonb         not null,
    wage_note        varchar(1000),
    wage_unverified  boolean       not null default false,
    decided_track    varchar(24),
    decision_reason  varchar(1000),
    overridden       boolean       not null default false,
    decided_by       varchar(100),
    decided_at       timestamptz,
    created_at       timestamptz   not null,
    constraint mediation_diversion_filing_uk unique (filing_id),
    constraint mediation_diversion_case_uk unique (case_id),
    constraint mediation_diversion_source_ck check (filing_id is not null or case_id is not null),
    constraint mediation_diversion_track_ck check (suggested_track in ('PRE_SUIT_MEDIATION', 'SMALL_CLAIMS', 'SIMPLE', 'ORDINARY'))
);
create index mediation_diversion_court_idx on mediation_diversion (court_id, decided_at, created_at);
