package org.smartcourt.shared;

import java.util.List;

/**
 * A source of {@link ShellNotice}s (SPI): implemented by module beans, asked by the page shell on each page, so it
 * must be cheap and must not fail for an ordinary page.
 */
public interface ShellNotices {

	/** The notices in force now, for every role; the shell keeps those the actor's role may see. */
	List<ShellNotice> current();
}
