package dev.appaloft.core.retention;

import dev.appaloft.api.retention.RetentionCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one housekeeping run did, per retention category and organization: counts only, never a
 * row's content. {@code outcome} of a category: {@code applied}, {@code failed} (some organization's
 * prune failed), {@code no-policy} (no organization has an enabled policy) or {@code not-implemented}.
 */
public record HousekeepingReport(String date, String ranAt, List<Category> categories) {

    public static final String APPLIED = "applied";
    public static final String FAILED = "failed";
    public static final String NO_POLICY = "no-policy";
    public static final String NOT_IMPLEMENTED = "not-implemented";

    /**
     * One organization's run of a category: {@code mode} {@code dry-run} (counted only),
     * {@code destructive}, {@code scheduling-disabled} (its policy schedules neither) or {@code failed}
     * (with the error code); {@code before} is the cutoff, now minus the policy's retention days.
     */
    public record Organization(String organizationId, String mode, String before, long matched, long pruned,
                               long skipped, String errorCode) {
    }

    public record Category(RetentionCategory category, String outcome, List<Organization> organizations) {

        long matched() {
            return organizations.stream().mapToLong(Organization::matched).sum();
        }

        long pruned() {
            return organizations.stream().mapToLong(Organization::pruned).sum();
        }
    }

    public boolean failed() {
        return categories.stream().anyMatch(c -> FAILED.equals(c.outcome()));
    }

    public Category category(RetentionCategory category) {
        return categories.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    /**
     * Flat totals for {@code operatorWork.show}: per category its outcome and, when it ran, how many
     * organizations, rows matched and rows pruned. Organization ids stay out: the run's item belongs
     * to the instance's organization, the counts to every organization.
     */
    public Map<String, Object> safeDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("housekeepingDate", date);
        for (Category c : categories) {
            String key = c.category().wire();
            details.put(key, c.outcome());
            if (!c.organizations().isEmpty()) {
                details.put(key + ".organizations", c.organizations().size());
                details.put(key + ".destructiveOrganizations",
                        c.organizations().stream().filter(o -> "destructive".equals(o.mode())).count());
                details.put(key + ".matched", c.matched());
                details.put(key + ".pruned", c.pruned());
            }
        }
        return details;
    }
}
