package org.smartcourt.notification.internal;

import java.sql.Time;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcourt.notification.Category;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.QuietHours;
import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code notification_preference} and {@code notification_quiet_hours}. */
@Repository
class PreferenceRepository {

	private final JdbcClient jdbc;

	PreferenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The categories the person chose channels for; the others keep the defaults. */
	Map<Category, Set<Channel>> chosen(UserId user) {
		Map<Category, Set<Channel>> chosen = new EnumMap<>(Category.class);
		jdbc.sql("select category, channels from notification_preference where user_id = ?")
			.param(user.value())
			.query((rs, row) -> Map.entry(Category.valueOf(rs.getString(1)), channels(rs.getString(2))))
			.list()
			.forEach(e -> chosen.put(e.getKey(), e.getValue()));
		return chosen;
	}

	void choose(UserId user, Category category, Set<Channel> channels) {
		jdbc.sql("""
				insert into notification_preference (user_id, category, channels) values (?, ?, ?)
				on conflict (user_id, category) do update set channels = excluded.channels""")
			.params(user.value(), category.name(),
					channels.stream().sorted().map(Channel::name).collect(Collectors.joining(",")))
			.update();
	}

	Optional<QuietHours> quietHours(UserId user) {
		return jdbc.sql("select starts, ends from notification_quiet_hours where user_id = ?")
			.param(user.value())
			.query((rs, row) -> new QuietHours(rs.getTime(1).toLocalTime(), rs.getTime(2).toLocalTime()))
			.optional();
	}

	void quietHours(UserId user, QuietHours quiet) {
		if (quiet == null) {
			jdbc.sql("delete from notification_quiet_hours where user_id = ?").param(user.value()).update();
			return;
		}
		jdbc.sql("""
				insert into notification_quiet_hours (user_id, starts, ends) values (?, ?, ?)
				on conflict (user_id) do update set starts = excluded.starts, ends = excluded.ends""")
			.params(user.value(), Time.valueOf(quiet.start()), Time.valueOf(quiet.end()))
			.update();
	}

	private static Set<Channel> channels(String names) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).map(Channel::valueOf).forEach(channels::add);
		return channels;
	}
}
