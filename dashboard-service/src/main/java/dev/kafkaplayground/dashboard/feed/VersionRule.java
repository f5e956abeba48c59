package dev.kafkaplayground.dashboard.feed;

import java.util.function.BiPredicate;

/**
 * Which version of a key to hold when another one arrives.
 *
 * @param <V> the record
 */
@FunctionalInterface
public interface VersionRule<V> {

	/**
	 * The version to hold once {@code candidate} arrives while {@code current} is held:
	 * {@code current} itself to ignore the candidate, or the candidate, or a version made
	 * of both.
	 */
	V held(V current, V candidate);

	/** The candidate where it supersedes the version held, else the version held. */
	static <V> VersionRule<V> replaceWhen(BiPredicate<V, V> supersedes) {
		return (current, candidate) -> supersedes.test(candidate, current) ? candidate : current;
	}

}
