package io.castellan.authz.index;

/**
 * A role given to a principal or a principal group. The role may arrive after the assignment (another partition)
 * or be created again with other blocks: the grant store then files the assignment under the role's new keys.
 */
final class Assignment implements Grant {

	private static final int[] NONE = {};

	private final long high;

	private final long low;

	private final String text;

	private final Holder holder;

	private final String roleId;

	private final int position;

	private volatile Role role;

	Assignment(String id, String roleId, Holder holder, int position) {
		boolean packed = CompactIds.packable(id);
		this.high = packed ? CompactIds.high(id) : 0;
		this.low = packed ? CompactIds.low(id) : 0;
		this.text = packed ? null : id;
		this.roleId = roleId;
		this.holder = holder;
		this.position = position;
	}

	Role role() {
		return this.role;
	}

	void role(Role role) {
		this.role = role;
	}

	@Override
	public Holder holder() {
		return this.holder;
	}

	@Override
	public int position() {
		return this.position;
	}

	@Override
	public String id() {
		return (this.text != null) ? this.text : CompactIds.text(this.high, this.low);
	}

	@Override
	public boolean hasId(String id) {
		return Grant.sameId(this.high, this.low, this.text, id);
	}

	@Override
	public String roleId() {
		return this.roleId;
	}

	@Override
	public String roleName() {
		Role current = this.role;
		return (current != null) ? current.name() : null;
	}

	@Override
	public String tenantId() {
		Role current = this.role;
		return (current != null) ? current.tenantId() : null;
	}

	@Override
	public boolean known() {
		return this.role != null;
	}

	@Override
	public int blockCount() {
		Role current = this.role;
		return (current != null) ? current.blocks().length : 0;
	}

	@Override
	public Block block(int index) {
		return this.role.blocks()[index];
	}

	@Override
	public int[] blocksAt(String key) {
		Role current = this.role;
		int[] indexes = (current != null) ? current.blocksAt().get(key) : null;
		return (indexes != null) ? indexes : NONE;
	}

}
