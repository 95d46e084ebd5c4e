-- Filing: online filing applications (立案申请). The application itself is one JSON document (parties, claims,
-- evidence, attachments) changed as a whole while a draft; the columns beside it are what queues and scopes query.

create table filing (
    id                       uuid         primary key,
    filer_id                 uuid         not null,
    filer_name               varchar(100) not null,
    status                   varchar(24)  not null,
    kind                     varchar(32)  not null,
    target_court             varchar(32),
    receiving_court          varchar(32),
    content                  jsonb        not null,
    submitted_at             timestamptz,
    received_on              date,
    decision_due_on          date,
    decision_period_citation varchar(200),
    identity_check           jsonb,
    correction               jsonb,
    decision                 jsonb,
    create_key               varchar(100),
    submit_key               varchar(100),
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0,
    constraint filing_status_ck check (status in ('DRAFT', 'AWAITING_FORWARD', 'SUBMITTED', 'CORRECTION_REQUESTED',
        'ACCEPTED', 'REFUSED', 'WITHDRAWN'))
);
create unique index filing_create_key_uk on filing (filer_id, create_key) where create_key is not null;
create index filing_filer_idx on filing (filer_id, created_at desc);
create index filing_queue_idx on filing (target_court, status, decision_due_on);
create index filing_receiving_idx on filing (receiving_court, status);

-- The status trail that the filer and both courts see.
create table filing_event (
    id          bigint generated always as identity primary key,
    filing_id   uuid         not null references filing (id),
    occurred_at timestamptz  not null,
    status      varchar(24)  not null,
    actor_name  varchar(100) not null,
    actor_role  varchar(32),
    court_id    varchar(32),
    note        varchar(1000)
);
create index filing_event_filing_idx on filing_event (filing_id, id);
