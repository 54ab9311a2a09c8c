package io.castellan.authz.index;

import java.time.Clock;
import java.util.Map;

import io.castellan.authz.condition.Conditions;

/**
 * The decision of a check from the few grants that can matter: for the principal and each of its effective groups,
 * only those filed under the target's keys ({@link Target#keys}). It reaches the same decision, with the same
 * matched block, as the full walk {@link Walk} makes for {@code explain}: a deny wins, else the allow met first in
 * walk order (principal before groups, then arrival, then block order). Conditions are read only for candidates.
 */
final class Evaluator {

	private final ScopeIndex scopes;

	private final Clock clock;

	Evaluator(ScopeIndex scopes, Clock clock) {
		this.scopes = scopes;
		this.clock = clock;
	}

	Decision decide(Holder self, PrincipalEntry principal, String action, Target target, String status,
			Map<String, Object> context) {
		if (self == null) {
			return Walk.noMatch(action);
		}
		Search search = new Search(self, principal, action, target, status, context);
		for (String key : target.keys()) {
			Object entry = this.scopes.at(key);
			if (entry instanceof Grant[] grants) {
				for (Grant grant : grants) {
					int rank = search.rankOf(grant.holder());
					if (rank >= 0) {
						search.consider(grant, rank, key);
					}
				}
			}
			else if (entry != null) {
				Map<Holder, Grant[]> byHolder = ScopeIndex.byHolder(entry);
				search.considerAll(byHolder.get(self), 0, key);
				Holder[] groups = search.groups;
				for (int i = 0; i < groups.length; i++) {
					search.considerAll(byHolder.get(groups[i]), i + 1, key);
				}
			}
		}
		return search.decision();
	}

	/** One check's best deny and best allow so far, by walk order. */
	private final class Search {

		private final Holder self;

		private final Holder[] groups;

		private final PrincipalEntry principal;

		private final String action;

		private final Target target;

		private final String status;

		private final Map<String, Object> context;

		private CheckFacts facts;

		private long denyOrder = Long.MAX_VALUE;

		private Grant deny;

		private int denyBlock;

		private long allowOrder = Long.MAX_VALUE;

		private Grant allow;

		private int allowBlock;

		Search(Holder self, PrincipalEntry principal, String action, Target target, String status,
				Map<String, Object> context) {
			this.self = self;
			this.groups = self.groups();
			this.principal = principal;
			this.action = action;
			this.target = target;
			this.status = status;
			this.context = context;
		}

		/** 0 for the principal, 1 + the index of an effective group, -1 for a holder that does not concern it. */
		int rankOf(Holder holder) {
			if (holder == this.self) {
				return 0;
			}
			for (int i = 0; i < this.groups.length; i++) {
				if (this.groups[i] == holder) {
					return i + 1;
				}
			}
			return -1;
		}

		void considerAll(Grant[] grants, int rank, String key) {
			if (grants != null) {
				for (Grant grant : grants) {
					consider(grant, rank, key);
				}
			}
		}

		void consider(Grant grant, int rank, String key) {
			if (!grant.known() || !grant.grantsIn(this.target.tenantId())) {
				return;
			}
			for (int index : grant.blocksAt(key)) {
				Block block = grant.block(index);
				long order = ((long) rank << 48) | ((long) grant.position() << 16) | Math.min(index, 0xffff);
				if (order >= (block.deny ? this.denyOrder : this.allowOrder) || !block.names(this.action)
						|| !block.covers(this.target) || !holds(block)) {
					continue;
				}
				if (block.deny) {
					this.denyOrder = order;
					this.deny = grant;
					this.denyBlock = index;
				}
				else {
					this.allowOrder = order;
					this.allow = grant;
					this.allowBlock = index;
				}
			}
		}

		private boolean holds(Block block) {
			if (!block.conditional()) {
				return true;
			}
			if (this.facts == null) {
				this.facts = new CheckFacts(this.principal, this.target, this.status, this.context,
						Evaluator.this.clock);
			}
			return Conditions.firstFailure(block.conditions, this.facts) == null;
		}

		Decision decision() {
			if (this.deny != null) {
				return Walk.denied(this.deny, this.denyBlock);
			}
			if (this.allow != null) {
				return Walk.allowed(this.allow, this.allowBlock);
			}
			return Walk.noMatch(this.action);
		}

	}

}
