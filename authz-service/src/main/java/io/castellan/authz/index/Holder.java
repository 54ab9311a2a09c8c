package io.castellan.authz.index;

/**
 * A principal or principal group that holds grants, with its grants in the order they arrived. A principal also
 * carries its effective groups (its groups and all their ancestors), so a check reaches every grant holder that
 * concerns it without a look-up per group.
 */
final class Holder {

	static final Holder[] NONE = {};

	private final String id;

	private final boolean group;

	private final GrantList<Grant> grants = new GrantList<>();

	private volatile Holder[] groups = NONE;

	Holder(String id, boolean group) {
		this.id = id;
		this.group = group;
	}

	String id() {
		return this.id;
	}

	boolean group() {
		return this.group;
	}

	GrantList<Grant> grants() {
		return this.grants;
	}

	/** The effective groups, nearest first; never written to. */
	Holder[] groups() {
		return this.groups;
	}

	void groups(Holder[] groups) {
		this.groups = groups;
	}

}
