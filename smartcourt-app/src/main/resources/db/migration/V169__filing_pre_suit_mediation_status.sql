-- filing: the two states of a filing diverted to pre-suit mediation (filing.PreSuitMediation), added by the
-- mediation module's migration range.
alter table filing drop constraint filing_status_ck;
alter table filing add constraint filing_status_ck check (status in ('DRAFT', 'AWAITING_FORWARD', 'SUBMITTED',
    'CORRECTION_REQUESTED', 'ACCEPTED', 'REFUSED', 'WITHDRAWN', 'IN_PRE_SUIT_MEDIATION', 'MEDIATED'));
