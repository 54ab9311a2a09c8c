package io.castellan.schemas;

import java.util.Map;

import io.castellan.schemas.authz.AccessChanged;
import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectGroupMoved;
import io.castellan.schemas.authz.ObjectGroupRemoved;
import io.castellan.schemas.authz.ObjectMoved;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.ObjectRemoved;
import io.castellan.schemas.authz.ObjectUpdated;
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

/**
 * Every published event type, its Java type and its topic. A type string never changes once published; a breaking
 * change is a new {@code .v2} type beside the old one.
 */
public final class EventTypes {

	/** Kafka key and tenant id of events that belong to no tenant. */
	public static final String PLATFORM_TENANT = "platform";

	public static final String TENANT_TOPIC = "castellan.tenant.events.v1";
	public static final String IDENTITY_TOPIC = "castellan.identity.events.v1";
	public static final String AUTHZ_TOPIC = "castellan.authz.events.v1";
	public static final String NOTIFICATION_TOPIC = "castellan.notification.events.v1";
	public static final String PROVISIONING_TOPIC = "castellan.provisioning.events.v1";

	private static final Map<String, Class<? extends PublishedEvent>> TYPES = Map.ofEntries(
			Map.entry(TenantCreated.TYPE, TenantCreated.class),
			Map.entry(TenantStatusChanged.TYPE, TenantStatusChanged.class),
			Map.entry(TenantMemberAdded.TYPE, TenantMemberAdded.class),
			Map.entry(TenantMemberRemoved.TYPE, TenantMemberRemoved.class),
			Map.entry(PrincipalRegistered.TYPE, PrincipalRegistered.class),
			Map.entry(ProfileDefined.TYPE, ProfileDefined.class),
			Map.entry(ProfileRevised.TYPE, ProfileRevised.class),
			Map.entry(ApiKeyCreated.TYPE, ApiKeyCreated.class),
			Map.entry(ApiKeyRevoked.TYPE, ApiKeyRevoked.class),
			Map.entry(SessionRevoked.TYPE, SessionRevoked.class),
			Map.entry(SessionStarted.TYPE, SessionStarted.class),
			Map.entry(PrincipalPasswordChanged.TYPE, PrincipalPasswordChanged.class),
			Map.entry(PrincipalStatusChanged.TYPE, PrincipalStatusChanged.class),
			Map.entry(PrincipalUpdated.TYPE, PrincipalUpdated.class),
			Map.entry(RoleCreated.TYPE, RoleCreated.class),
			Map.entry(RoleAssigned.TYPE, RoleAssigned.class),
			Map.entry(RoleAssignedToGroup.TYPE, RoleAssignedToGroup.class),
			Map.entry(PolicyAttached.TYPE, PolicyAttached.class),
			Map.entry(PrincipalGroupCreated.TYPE, PrincipalGroupCreated.class),
			Map.entry(PrincipalGroupMemberAdded.TYPE, PrincipalGroupMemberAdded.class),
			Map.entry(ObjectGroupCreated.TYPE, ObjectGroupCreated.class),
			Map.entry(ObjectGroupMoved.TYPE, ObjectGroupMoved.class),
			Map.entry(ObjectGroupRemoved.TYPE, ObjectGroupRemoved.class),
			Map.entry(ObjectMoved.TYPE, ObjectMoved.class),
			Map.entry(ObjectRegistered.TYPE, ObjectRegistered.class),
			Map.entry(ObjectRemoved.TYPE, ObjectRemoved.class),
			Map.entry(ObjectUpdated.TYPE, ObjectUpdated.class),
			Map.entry(AccessChanged.TYPE, AccessChanged.class),
			Map.entry(OAuthClientRegistered.TYPE, OAuthClientRegistered.class),
			Map.entry(OAuthClientUpdated.TYPE, OAuthClientUpdated.class),
			Map.entry(OAuthClientSecretRotated.TYPE, OAuthClientSecretRotated.class),
			Map.entry(OAuthClientStatusChanged.TYPE, OAuthClientStatusChanged.class),
			Map.entry(OAuthClientDeleted.TYPE, OAuthClientDeleted.class),
			Map.entry(SigningKeyRotated.TYPE, SigningKeyRotated.class),
			Map.entry(RefreshTokenReuseDetected.TYPE, RefreshTokenReuseDetected.class),
			Map.entry(EmailVerificationRequested.TYPE, EmailVerificationRequested.class),
			Map.entry(InviteAccepted.TYPE, InviteAccepted.class),
			Map.entry(InviteCreated.TYPE, InviteCreated.class),
			Map.entry(InviteRevoked.TYPE, InviteRevoked.class),
			Map.entry(PasswordResetCompleted.TYPE, PasswordResetCompleted.class),
			Map.entry(PasswordResetRequested.TYPE, PasswordResetRequested.class),
			Map.entry(PrincipalEmailVerified.TYPE, PrincipalEmailVerified.class),
			Map.entry(PrincipalSignedUp.TYPE, PrincipalSignedUp.class),
			Map.entry(NotificationQueued.TYPE, NotificationQueued.class),
			Map.entry(NotificationDelivered.TYPE, NotificationDelivered.class),
			Map.entry(NotificationDeliveryFailed.TYPE, NotificationDeliveryFailed.class),
			Map.entry(NotificationRequeued.TYPE, NotificationRequeued.class),
			Map.entry(ProvisioningRunStarted.TYPE, ProvisioningRunStarted.class),
			Map.entry(ProvisioningStepSucceeded.TYPE, ProvisioningStepSucceeded.class),
			Map.entry(ProvisioningStepFailed.TYPE, ProvisioningStepFailed.class),
			Map.entry(ProvisioningRunCompleted.TYPE, ProvisioningRunCompleted.class));

	private EventTypes() {
	}

	/** All published types, keyed by their dotted type string. */
	public static Map<String, Class<? extends PublishedEvent>> all() {
		return TYPES;
	}

	/** The Java type of a published type string, or {@code null} when it is not one of ours. */
	public static Class<? extends PublishedEvent> javaType(String type) {
		return TYPES.get(type);
	}

	/** The topic of a type: {@code castellan.<context>.events.v1}, the context being the type's second segment. */
	public static String topicOf(String type) {
		String[] parts = type.split("\\.");
		if (parts.length < 4 || !parts[0].equals("castellan")) {
			throw new IllegalArgumentException("Not a Castellan event type: " + type);
		}
		return "castellan." + parts[1] + ".events.v1";
	}

}
