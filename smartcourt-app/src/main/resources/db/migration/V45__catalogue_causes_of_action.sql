-- Catalogue: the causes of action (民事案件案由规定). Rows come from the versioned reference file
-- (reference/catalogue/causes-of-action.csv), upserted at start-up by CauseReferenceLoader. A cause dropped by a later
-- version of the file is deactivated, not deleted, so cases filed under it keep a readable cause.

create table cause_of_action (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    level       smallint     not null,
    parent_code varchar(32)  references cause_of_action (code),
    position    integer      not null,
    confidence  varchar(8)   not null,
    note        varchar(200),
    active      boolean      not null default true,
    constraint cause_of_action_level_ck check (level between 1 and 4),
    constraint cause_of_action_parent_ck check ((level = 1) = (parent_code is null)),
    constraint cause_of_action_confidence_ck check (confidence in ('HIGH', 'MEDIUM', 'LOW'))
);
create index cause_of_action_parent_idx on cause_of_action (parent_code, position);
