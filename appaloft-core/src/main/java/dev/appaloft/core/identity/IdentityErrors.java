package dev.appaloft.core.identity;

import dev.appaloft.api.error.ErrorCode;

/** The stable error codes of sign-in, accounts, organizations and deploy tokens. */
public final class IdentityErrors {

    public static final ErrorCode FIRST_ADMIN_BOOTSTRAP_DISABLED =
            new ErrorCode("first_admin_bootstrap_disabled", 404, false);
    /** The same answer whether the email has an account or not. */
    public static final ErrorCode INVALID_EMAIL_OR_PASSWORD = new ErrorCode("invalid_email_or_password", 401, false);
    public static final ErrorCode SIGN_IN_THROTTLED = new ErrorCode("sign_in_throttled", 429, true);
    public static final ErrorCode ORGANIZATION_DELETE_BLOCKED = new ErrorCode("organization_delete_blocked", 409, false);
    public static final ErrorCode ACCOUNT_REQUIRED = new ErrorCode("account_required", 403, false);
    public static final ErrorCode EMAIL_TAKEN = new ErrorCode("account_email_exists", 409, false);
    public static final ErrorCode LAST_OWNER = new ErrorCode("organization_last_owner", 409, false);
    public static final ErrorCode OWNER_ROLE_NEEDS_OWNER = new ErrorCode("organization_owner_required", 403, false);
    public static final ErrorCode BUILT_IN_ORGANIZATION = new ErrorCode("organization_built_in", 409, false);
    public static final ErrorCode ORGANIZATION_SLUG_CONFLICT = new ErrorCode("organization_slug_conflict", 409, false);
    public static final ErrorCode ALREADY_MEMBER = new ErrorCode("organization_member_exists", 409, false);
    public static final ErrorCode INVITATION_INVALID = new ErrorCode("invitation_invalid", 400, false);
    public static final ErrorCode DEPLOY_TOKEN_REVOKED = new ErrorCode("deploy_token_revoked", 409, false);
    public static final ErrorCode NO_ORGANIZATION = new ErrorCode("account_has_no_organization", 403, false);

    private IdentityErrors() {
    }
}
