package io.castellan.authz.index;

import io.castellan.schemas.authz.PermissionBlock;

/** A direct policy: one block, held by a principal or a principal group, in one object with its id packed. */
final class Policy extends Block implements Grant {

	private static final int[] ONLY = { 0 };

	private final long high;

	private final long low;

	/** The id when it is no canonical UUID, else null. */
	private final String text;

	private final Holder holder;

	private final String tenantId;

	private final int position;

	Policy(String id, String tenantId, PermissionBlock block, Holder holder, int position, Vocabulary words,
			ObjectRegistry objects) {
		super(block, words, objects);
		boolean packed = CompactIds.packable(id);
		this.high = packed ? CompactIds.high(id) : 0;
		this.low = packed ? CompactIds.low(id) : 0;
		this.text = packed ? null : id;
		this.holder = holder;
		this.tenantId = words.word(tenantId);
		this.position = position;
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

	/** A policy is decided as a one-block role of its own, named by its id. */
	@Override
	public String roleId() {
		return id();
	}

	@Override
	public String roleName() {
		return "direct policy";
	}

	@Override
	public String tenantId() {
		return this.tenantId;
	}

	@Override
	public boolean known() {
		return true;
	}

	@Override
	public int blockCount() {
		return 1;
	}

	@Override
	public Block block(int index) {
		return this;
	}

	@Override
	public int[] blocksAt(String key) {
		return ONLY;
	}

}
