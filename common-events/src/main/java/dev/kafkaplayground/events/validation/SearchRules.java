package dev.kafkaplayground.events.validation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.kafkaplayground.events.SearchPerformed;

/**
 * The field rules of a search, as listed in {@code docs/events.md}.
 */
final class SearchRules {

	private SearchRules() {
	}

	/**
	 * @return the search, or null if any check of the record has failed
	 */
	static SearchPerformed searchPerformed(FieldChecks checks, CommonFields common) {
		String searchId = checks.text("searchId");
		String query = checks.text("query");
		if (query != null && query.length() > SearchPerformed.MAX_QUERY_LENGTH) {
			checks.problem("field 'query' must be at most " + SearchPerformed.MAX_QUERY_LENGTH + " characters but had "
					+ query.length());
		}
		Integer resultCount = checks.nonNegativeInt("resultCount");
		JsonNode ids = checks.array("resultGameIds");
		if (ids == null) {
			return null;
		}
		if (ids.size() > SearchPerformed.MAX_RESULT_IDS) {
			checks.problem("field 'resultGameIds' must hold at most " + SearchPerformed.MAX_RESULT_IDS + " ids but had "
					+ ids.size());
		}
		List<String> gameIds = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			JsonNode id = ids.get(i);
			if (!id.isString() || id.stringValue().isBlank()) {
				checks.problem("field 'resultGameIds[" + i + "]' must be a non-empty string but was "
						+ FieldChecks.abbreviate(id));
			}
			else {
				gameIds.add(id.stringValue());
			}
		}
		if (resultCount != null && (resultCount == 0) != ids.isEmpty()) {
			checks.problem("field 'resultGameIds' must be empty exactly when resultCount is 0 (resultCount "
					+ resultCount + ", " + ids.size() + " ids)");
		}
		return checks.failed() ? null : new SearchPerformed(common.eventId(), common.occurredAt(), common.sessionId(),
				common.userId(), common.platform(), common.country(), searchId, query, resultCount, gameIds);
	}

}
