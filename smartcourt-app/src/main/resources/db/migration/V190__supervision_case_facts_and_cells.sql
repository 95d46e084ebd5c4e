-- 审判质效 statistics: the supervision module's own copy of each case's facts (refreshed from the cases module's
-- API when a case changes), monthly cells that the dashboards sum instead of scanning cases, the measures the cells
-- were built for, and the queue of cases to refresh.

create table supervision_case_fact (
    case_id               uuid          primary key,
    court_id              varchar(32)   not null,
    department_id         uuid,
    judge_id              uuid,
    judge_name            varchar(64),
    case_number           varchar(64)   not null,
    title                 varchar(500)  not null,
    type_code             varchar(8)    not null,
    category_code         varchar(4)    not null,
    procedure             varchar(24)   not null,
    registered_on         date          not null,
    parties               integer       not null,
    method_code           varchar(40),
    outcome_group         varchar(40),
    closed_on             date,
    clock_rule            text,
    due_on                date,
    extensions            integer       not null,
    excluded_days         bigint        not null,
    earlier_case          uuid,
    appeal_case           uuid,
    appeal_registered_on  date,
    appeal_outcome        varchar(40),
    refreshed_at          timestamptz   not null
);

-- drill-down candidates: received in a period, closed in a period, pending now; a judge's own figures
create index supervision_fact_received_idx on supervision_case_fact (court_id, registered_on);
create index supervision_fact_closed_idx on supervision_case_fact (court_id, closed_on) where closed_on is not null;
create index supervision_fact_open_idx on supervision_case_fact (court_id, registered_on) where closed_on is null;
create index supervision_fact_judge_idx on supervision_case_fact (judge_id, registered_on);

-- one row per court, measure, month, department (the nil uuid before 分案) and 类型代字; a flow measure counts the
-- month's cases, a stock measure the month's change, so a stock at a month's end is the sum up to that month
create table supervision_cell (
    court_id       varchar(32)  not null,
    measure        varchar(64)  not null,
    month          date         not null,
    department_id  uuid         not null,
    type_code      varchar(8)   not null,
    value          bigint       not null,
    primary key (court_id, measure, month, department_id, type_code)
);

-- the definition each measure's cells were built from; a changed definition rebuilds that measure's cells
create table supervision_measure (
    id          varchar(64)   primary key,
    digest      varchar(64)   not null,
    cells_built boolean       not null,
    updated_at  timestamptz   not null
);

-- cases whose facts changed, refreshed in batches by one node
create table supervision_dirty_case (
    case_id    uuid          primary key,
    marked_at  timestamptz   not null
);

-- cases registered before this module existed are refreshed like any changed case (a one-time queue, not a read
-- of the cases module's data by the statistics)
insert into supervision_dirty_case (case_id, marked_at) select id, now() from court_case;
