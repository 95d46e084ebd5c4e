-- A mediation: 诉前调解 (委派, from a diverted filing, numbered 民诉前调) or 委托调解 of a registered case.
create table mediation (
    id                        uuid          primary key,
    court_id                  varchar(32)   not null,
    kind                      varchar(16)   not null,
    status                    varchar(24)   not null,
    filing_id                 uuid,
    case_id                   uuid          not null,
    case_number               varchar(64)   not null,
    origin_case_id            uuid,
    title                     varchar(500)  not null,
    cause_code                varchar(32),
    procedure                 varchar(24),
    requested_on              date          not null,
    choice_due                date          not null,
    designation_due           date          not null,
    mediator_id               uuid          references mediator (id),
    acceptance_due            date,
    accepted_on               date,
    original_due              date,
    due_on                    date,
    period_citation           varchar(1000),
    ended_on                  date,
    ending_ground             varchar(32),
    ending_note               varchar(2000),
    effective_on              date,
    confirmation_apply_due    date,
    confirmation_case_id      uuid,
    confirmation_case_number  varchar(64),
    confirmation_due          date,
    confirmation_citation     varchar(1000),
    created_at                timestamptz   not null,
    version                   bigint        not null default 0,
    constraint mediation_kind_ck check (kind in ('PRE_SUIT', 'ENTRUSTED')),
    constraint mediation_status_ck check (status in ('AWAITING_DESIGNATION', 'AWAITING_ACCEPTANCE', 'MEDIATING',
        'SETTLED', 'ENDED'))
);
create index mediation_court_idx on mediation (court_id, status);
create index mediation_mediator_idx on mediation (mediator_id, status);
create unique index mediation_filing_uk on mediation (filing_id) where filing_id is not null;

create table mediation_party (
    mediation_id uuid         not null references mediation (id),
    seq          int          not null,
    side         varchar(16)  not null,
    name         varchar(200) not null,
    username     varchar(100),
    chosen_mediator_id uuid,
    primary key (mediation_id, seq)
);
create index mediation_party_username_idx on mediation_party (username);

-- Every designation (指定/共同选定) and the mediator's answer (art. 12).
create table mediation_assignment (
    id             uuid          primary key,
    mediation_id   uuid          not null references mediation (id),
    mediator_id    uuid          not null references mediator (id),
    by_choice      boolean       not null,
    designated_on  date          not null,
    acceptance_due date          not null,
    outcome        varchar(16)   not null,
    reason         varchar(1000),
    decided_at     timestamptz,
    constraint mediation_assignment_outcome_ck check (outcome in ('PENDING', 'ACCEPTED', 'DECLINED', 'OVERDUE'))
);
create index mediation_assignment_idx on mediation_assignment (mediation_id, designated_on);

-- 延长调解期限 (art. 24): in force only when every party consented.
create table mediation_extension (
    id           uuid          primary key,
    mediation_id uuid          not null references mediation (id),
    until_on     date          not null,
    reason       varchar(1000) not null,
    agreed       boolean       not null default false,
    created_at   timestamptz   not null
);

create table mediation_consent (
    extension_id uuid         not null references mediation_extension (id),
    party_seq    int          not null,
    method       varchar(16)  not null,
    scan_sha256  varchar(64),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null,
    primary key (extension_id, party_seq),
    constraint mediation_consent_method_ck check (method in ('ONLINE', 'WRITTEN'))
);

-- 调解协议 drafts; the one all parties confirmed takes effect (art. 19).
create table mediation_agreement (
    id           uuid          primary key,
    mediation_id uuid          not null references mediation (id),
    version      int           not null,
    markdown     text          not null,
    pdf_sha256   varchar(64)   not null,
    status       varchar(16)   not null,
    created_at   timestamptz   not null,
    constraint mediation_agreement_uk unique (mediation_id, version),
    constraint mediation_agreement_status_ck check (status in ('PROPOSED', 'EFFECTIVE', 'REFUSED', 'SUPERSEDED'))
);

create table mediation_signature (
    agreement_id uuid        not null references mediation_agreement (id),
    party_seq    int         not null,
    confirmed    boolean     not null,
    signed_at    timestamptz not null,
    primary key (agreement_id, party_seq)
);

-- 调解笔录, sessions and the parties' submissions: everything carried over to 立案 if mediation fails (art. 21).
create table mediation_record (
    id           uuid          primary key,
    mediation_id uuid          not null references mediation (id),
    kind         varchar(16)   not null,
    text         text          not null,
    session_at   timestamp,
    meeting_link varchar(500),
    author       varchar(100)  not null,
    created_at   timestamptz   not null,
    constraint mediation_record_kind_ck check (kind in ('NOTE', 'SESSION', 'SUBMISSION'))
);
create index mediation_record_idx on mediation_record (mediation_id, created_at);

-- 司法确认 application by the parties jointly (民诉法 art. 205).
create table mediation_confirmation_request (
    mediation_id uuid        not null references mediation (id),
    party_seq    int         not null,
    document     varchar(16) not null,
    applied_at   timestamptz not null,
    primary key (mediation_id, party_seq),
    constraint mediation_confirmation_document_ck check (document in ('CONFIRMATION', 'MEDIATION_DOCUMENT'))
);
