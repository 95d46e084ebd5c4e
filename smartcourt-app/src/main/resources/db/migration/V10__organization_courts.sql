-- Organization: the court hierarchy. Rows come from the versioned reference file (reference/organization/*.csv),
-- upserted at start-up by CourtReferenceLoader; code_basis records how sure we are of each 法院代字.

create table court (
    id            varchar(32)  primary key,
    name          varchar(100) not null,
    code          varchar(16),
    level         varchar(16)  not null,
    parent_id     varchar(32)  references court (id),
    division_code varchar(6),
    code_basis    varchar(16)  not null,
    note          varchar(200),
    active        boolean      not null default true,
    constraint court_level_ck check (level in ('SUPREME', 'HIGH', 'INTERMEDIATE', 'BASIC', 'TRIBUNAL')),
    constraint court_code_basis_ck check (code_basis in ('CONFIRMED', 'DERIVED', 'INFERRED', 'NONE')),
    constraint court_code_required_ck check (level = 'TRIBUNAL' or code is not null)
);
create unique index court_code_uk on court (code) where code is not null and active;
create index court_parent_idx on court (parent_id);

create table reference_data_version (
    dataset   varchar(64)  primary key,
    version   varchar(64)  not null,
    source    varchar(300) not null,
    loaded_at timestamptz  not null
);
