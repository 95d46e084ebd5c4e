-- Catalogue: the case-type standard (案件类型及其代字) and the 专门审判代字. Rows come from the versioned reference
-- files reference/catalogue/*.csv, replaced at start-up by CaseTypeReferenceLoader when the file's version changes;
-- the loaded version is kept in reference_data_version (datasets case-types and special-trial-codes).

create table case_type (
    code       varchar(4)   primary key,
    name       varchar(100) not null,
    type_code  varchar(8),
    group_code varchar(4)   not null,
    valid_from date         not null,
    valid_to   date,
    basis      varchar(16)  not null,
    note       varchar(300),
    constraint case_type_code_ck check (code ~ '^[0-9]{4}$'),
    constraint case_type_group_ck check (group_code ~ '^[0-9]{2}00$'),
    constraint case_type_header_ck check ((code = group_code) = (type_code is null)),
    constraint case_type_validity_ck check (valid_to is null or valid_to >= valid_from),
    constraint case_type_basis_ck check (basis in ('CONFIRMED', 'INFERRED', 'LOCAL'))
);
create index case_type_type_code_idx on case_type (type_code);

create table special_trial_code (
    code       varchar(2)   primary key,
    name       varchar(100) not null,
    valid_from date         not null,
    valid_to   date,
    basis      varchar(100) not null
);
