package org.smartcourt.notification;

import java.util.Set;

/**
 * The channels a person receives one category of messages on.
 *
 * @param mandatory whether the law requires the category (then the channels are fixed and cannot be changed).
 */
public record ChannelChoice(Category category, Set<Channel> channels, boolean mandatory) {

	public ChannelChoice {
		channels = Set.copyOf(channels);
	}
}
