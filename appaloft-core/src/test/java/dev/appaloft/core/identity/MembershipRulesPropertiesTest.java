package dev.appaloft.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The owner rules, over random sequences of role changes and removals by random callers. */
class MembershipRulesPropertiesTest {

    record Change(int caller, int target, Actor.Role next) {
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Actor.Role> next = Arbitraries.of(Actor.Role.class).injectNull(0.25); // null: remove
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4),
                next).as(Change::new).list().ofMaxSize(40);
    }

    /** However members are changed, an organization never loses its last owner, and only owners touch owners. */
    @Property
    void anOrganizationAlwaysKeepsAnOwner(@ForAll("changes") List<Change> changes,
                                          @ForAll @Size(5) List<Actor.Role> start) {
        List<Actor.Role> roles = new ArrayList<>(start);
        roles.set(0, Actor.Role.OWNER);
        for (Change change : changes) {
            Actor.Role callerRole = roles.get(change.caller());
            Actor.Role current = roles.get(change.target());
            if (callerRole == null || current == null) {
                continue; // removed members neither act nor can be changed
            }
            long owners = roles.stream().filter(r -> r == Actor.Role.OWNER).count();
            AppaloftException refusal = Memberships.refusal(callerRole, current, change.next(), owners);
            boolean touchesOwner = current == Actor.Role.OWNER || change.next() == Actor.Role.OWNER;
            if (touchesOwner && callerRole != Actor.Role.OWNER) {
                assertThat(refusal).as("only owners touch the owner role").isNotNull();
            }
            if (refusal == null) {
                roles.set(change.target(), change.next());
            }
            assertThat(roles).as("an owner remains").contains(Actor.Role.OWNER);
        }
    }
}
