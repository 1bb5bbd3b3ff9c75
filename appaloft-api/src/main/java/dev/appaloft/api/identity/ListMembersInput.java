package dev.appaloft.api.identity;

/** {@code organizations.listMembers}: oldest first; {@code cursor} is the last member id of the previous page. */
public record ListMembersInput(String organizationId, String cursor, Integer limit) {

    public static ListMembersInput of(String organizationId) {
        return new ListMembersInput(organizationId, null, null);
    }
}
