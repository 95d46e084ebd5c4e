package org.smartcourt.filing;

import java.util.Optional;

/**
 * Reading a filing (立案申请) by its id, for modules that carry on from it (the electronic case file takes over its
 * attachments when the case is registered). No access check: callers act on the court's behalf.
 */
public interface FilingRecords {

	/** The filing with this id, if any. */
	Optional<Filing> find(FilingId id);
}
