package io.castellan.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cursor pagination as every list endpoint answers it: {@code {"items": [...], "next": "<cursor>"}}, where
 * {@code next} (absent on the last page) is passed back as {@code after} to get the following page.
 */
public final class CursorPages {

	public static final int MAX_LIMIT = 500;

	private CursorPages() {
	}

	/** @throws ProblemException 400 {@code limit_invalid} unless 1 &lt;= limit &lt;= 500 */
	public static int requireLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ProblemException.badRequest("limit_invalid", "limit must be between 1 and " + MAX_LIMIT + ".");
		}
		return limit;
	}

	/** A page of items read with {@code limit}; a full page gets the last item's cursor as {@code next}. */
	public static <T> Map<String, Object> of(List<T> items, int limit, Function<T, String> cursor) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("items", items);
		if (!items.isEmpty() && items.size() == limit) {
			page.put("next", cursor.apply(items.get(items.size() - 1)));
		}
		return page;
	}

}
