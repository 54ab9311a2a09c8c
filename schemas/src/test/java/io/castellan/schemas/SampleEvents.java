package io.castellan.schemas;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.AccessChanged;
import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectGroupMoved;
import io.castellan.schemas.authz.ObjectGroupRemoved;
import io.castellan.schemas.authz.ObjectMoved;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.ObjectRemoved;
import io.castellan.schemas.authz.ObjectUpdated;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.ApiKeyCreated;
import io.castellan.schemas.identity.ApiKeyRevoked;
import io.castellan.schemas.identity.EmailVerificationRequested;
import io.castellan.schemas.identity.InviteAccepted;
import io.castellan.schemas.identity.InviteCreated;
import io.castellan.schemas.identity.InviteRevoked;
import io.castellan.schemas.identity.OAuthClientDeleted;
import io.castellan.schemas.identity.OAuthClientRegistered;
import io.castellan.schemas.identity.OAuthClientSecretRotated;
import io.castellan.schemas.identity.OAuthClientStatusChanged;
import io.castellan.schemas.identity.OAuthClientUpdated;
import io.castellan.schemas.identity.PasswordResetCompleted;
import io.castellan.schemas.identity.PasswordResetRequested;
import io.castellan.schemas.identity.PrincipalEmailVerified;
import io.castellan.schemas.identity.PrincipalPasswordChanged;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.identity.PrincipalSignedUp;
import io.castellan.schemas.identity.PrincipalStatusChanged;
import io.castellan.schemas.identity.PrincipalUpdated;
import io.castellan.schemas.identity.ProfileDefined;
import io.castellan.schemas.identity.ProfileRevised;
import io.castellan.schemas.identity.RefreshTokenReuseDetected;
import io.castellan.schemas.identity.SessionRevoked;
import io.castellan.schemas.identity.SessionStarted;
import io.castellan.schemas.identity.SigningKeyRotated;
import io.castellan.schemas.notification.NotificationDelivered;
import io.castellan.schemas.notification.NotificationDeliveryFailed;
import io.castellan.schemas.notification.NotificationQueued;
import io.castellan.schemas.notification.NotificationRequeued;
import io.castellan.schemas.provisioning.ProvisioningRunCompleted;
import io.castellan.schemas.provisioning.ProvisioningRunStarted;
import io.castellan.schemas.provisioning.ProvisioningStepFailed;
import io.castellan.schemas.provisioning.ProvisioningStepSucceeded;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantMemberAdded;
import io.castellan.schemas.tenant.TenantMemberRemoved;
import io.castellan.schemas.tenant.TenantStatusChanged;

/** One realistic instance of every published event type. */
final class SampleEvents {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private SampleEvents() {
	}

	static List<PublishedEvent> all() {
		return List.of(new TenantCreated("t-1", "Acme", "acme", "active", "admin", NOW),
				new TenantStatusChanged("t-1", "frozen", "frozen", "active", "admin", NOW),
				new TenantMemberAdded("t-1", "p-3", "admin", NOW),
				new TenantMemberRemoved("t-1", "p-3", "admin", NOW),
				new PrincipalRegistered("p-1", "t-1", "human", "alice", "alice@example.com", "active", NOW),
				new PrincipalRegistered("p-2", "t-1", "device", "meter-7", null, "active", NOW),
				new PrincipalRegistered("p-3", "platform", "human", "bob", "bob@example.com", "active", NOW, "bob",
						Map.of("locale", "nl")),
				new PrincipalUpdated("p-1", "t-1", "alice", "ali", "alice@example.org", Map.of("site", "ams"), 2, "admin",
						NOW),
				new PrincipalStatusChanged("p-1", "t-1", "suspended", "active", "admin", NOW),
				new PrincipalPasswordChanged("p-1", "t-1", "reset", "p-1", NOW),
				new SessionStarted("s-1", "p-1", "t-1", "203.0.113.9", "Mozilla/5.0", NOW),
				new SessionRevoked("s-1", "p-1", "t-1", "logout", "p-1", NOW),
				new ApiKeyCreated("k-1", "p-1", "t-1", "ci", List.of(new ApiKeyCreated.Grant(List.of("read"),
						new ApiKeyCreated.Scope("object_type", null, "resource:channel", null, null))), NOW, "p-1", NOW),
				new ApiKeyCreated("k-2", "p-1", "t-1", "unrestricted", null, null, "p-1", NOW),
				new ApiKeyRevoked("k-1", "p-1", "t-1", "p-1", NOW),
				new ProfileDefined("pr-1", "t-1", "water_meter", "device",
						Map.of("type", "object", "required", List.of("site")), "admin", NOW),
				new ProfileRevised("pr-1", "t-1", 2, Map.of("type", "object"), "admin", NOW),
				new RoleCreated("r-1", "t-1", "reader",
						List.of(new PermissionBlock("allow", List.of("read"),
								new PermissionBlock.Scope("tenant", null, null)))),
				new RoleAssigned("a-1", "r-1", "t-1", "p-1"),
				new RoleAssignedToGroup("a-2", "r-1", "t-1", "g-1"),
				new PolicyAttached("pol-1", "t-1", "p-1", null, new PermissionBlock("deny", List.of("delete"),
						new PermissionBlock.Scope("object", "entity:device", "d1"))),
				new PolicyAttached("pol-2", "t-1", null, "g-1", new PermissionBlock("allow", List.of("write"),
						new PermissionBlock.Scope("object_type", "entity:device", null),
						Map.of("object.attributes.site", "north", "context.time",
								Map.of("gte", "2026-11-22T08:00:00Z", "lt", "2026-11-22T18:00:00Z"),
								"entity.attributes.level", Map.of("in", List.of(1, 2, 3))))),
				new PrincipalGroupCreated("g-1", "t-1", "operators", null),
				new PrincipalGroupCreated("g-2", "t-1", "night shift", "g-1"),
				new PrincipalGroupMemberAdded("g-2", "t-1", "p-1"),
				new RoleCreated("r-2", "t-1", "fleet reader", List.of(new PermissionBlock("allow", List.of("read"),
						new PermissionBlock.Scope("group_descendant_objects", null, null, "og-1")))),
				new ObjectGroupCreated("og-1", "t-1", "fleet", null),
				new ObjectGroupCreated("og-2", "t-1", "north", "og-1"),
				new ObjectGroupMoved("og-2", "t-1", null, "og-1"),
				new ObjectGroupRemoved("og-2", "t-1"),
				new ObjectRegistered("d-1", "t-1", "entity:device", Map.of("site", "north", "level", 3), "og-1"),
				new ObjectRegistered("c-1", "t-1", "resource:channel", Map.of(), null),
				new ObjectUpdated("d-1", "t-1", Map.of("site", "south", "tags", List.of("a", "b"))),
				new ObjectMoved("d-1", "t-1", null, "og-1"),
				new ObjectRemoved("d-1", "t-1"),
				new AccessChanged("ch-1", "t-1", "castellan.authz.role.assigned_to_group.v1", "e-1",
						List.of("p-1", "p-2"),
						List.of(new AccessChanged.Access("read", new PermissionBlock.Scope("tenant", null, null), false),
								new AccessChanged.Access("write",
										new PermissionBlock.Scope("group_descendant_objects", null, null, "og-1"), true)),
						List.of(new AccessChanged.Access("delete", new PermissionBlock.Scope("object", "entity:device", "d1"),
								false))),
				new OAuthClientRegistered("web-app", "t-1", "Web app", "confidential",
						List.of("authorization_code", "refresh_token"), List.of("https://app.example.com/callback"),
						List.of("https://app.example.com/"), List.of("openid", "profile"), true, 900, 2592000, NOW),
				new OAuthClientRegistered("cli", "platform", "CLI", "public",
						List.of("urn:ietf:params:oauth:grant-type:device_code"), List.of(), List.of(), List.of(), true,
						300, 86400, NOW),
				new OAuthClientUpdated("web-app", "t-1", "Web app", "confidential", List.of("authorization_code"),
						List.of("https://app.example.com/cb"), List.of(), List.of("openid"), true, 600, 86400, NOW),
				new OAuthClientSecretRotated("web-app", "t-1", NOW),
				new OAuthClientStatusChanged("web-app", "t-1", "disabled", "active", NOW),
				new OAuthClientDeleted("web-app", "t-1", NOW),
				new SigningKeyRotated("k-2", "RS256", "k-1", NOW),
				new SigningKeyRotated("k-1", "RS256", null, NOW),
				new RefreshTokenReuseDetected("auth-1", "web-app", "t-1", "p-1", NOW),
				new PrincipalSignedUp("p-4", "t-1", "dora@example.com", "nl", NOW),
				new EmailVerificationRequested("p-4", "t-1", "dora@example.com", "Dora", "nl", "signup",
						"v1.q83vEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4", NOW.plusSeconds(86400), NOW),
				new PrincipalEmailVerified("p-4", "t-1", "dora@example.com", "link", NOW),
				new PasswordResetRequested("pr-1", "p-4", "t-1", "dora@example.com", "Dora", "en",
						"v1.EjRWeJASNFZ4kBI0VniQq83vEjRWeJASNFZ4", NOW.plusSeconds(1800), NOW),
				new PasswordResetCompleted("pr-1", "p-4", "t-1", 2, NOW),
				new InviteCreated("i-1", "t-1", "eve@example.com", List.of("r-1", "r-2"), "de",
						"v1.VniQEjRWeJASNFZ4kBI0q83vEjRWeJASNFZ4", NOW.plusSeconds(604800), "admin", NOW),
				new InviteRevoked("i-1", "t-1", "admin", NOW),
				new InviteAccepted("i-2", "t-1", "p-5", "eve@example.com", List.of("r-1"), NOW),
				new NotificationQueued("n-1", "t-1", "p-1", "email", "welcome", "en", "e-1"),
				new NotificationDelivered("n-1", "t-1", 1),
				new NotificationDeliveryFailed("n-1", "t-1", 1, "connection refused", NOW.plusSeconds(60)),
				new NotificationDeliveryFailed("n-1", "t-1", 6, "connection refused", null),
				new NotificationRequeued("n-1", "t-1", "admin", NOW),
				new ProvisioningRunStarted("run-1", "t-1", "tenant.created", List.of("webhook")),
				new ProvisioningStepSucceeded("run-1", "t-1", "webhook", 1, "ext-42"),
				new ProvisioningStepFailed("run-1", "t-1", "webhook", 1, "HTTP 503", NOW.plusSeconds(5)),
				new ProvisioningRunCompleted("run-1", "t-1", Map.of("webhook", "ext-42")));
	}

}
