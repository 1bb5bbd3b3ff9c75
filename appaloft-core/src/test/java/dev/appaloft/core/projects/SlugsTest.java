package dev.appaloft.core.projects;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsAndPunctuation() {
        assertThat(Slugs.of("  Café Shop!! 2 ")).isEqualTo("cafe-shop-2");
        assertThat(Slugs.of("my_shop--API")).isEqualTo("my-shop-api");
    }

    @Test
    void nameWithoutLatinCharactersGetsAStableSlug() {
        assertThat(Slugs.of("商店")).startsWith("p-").isEqualTo(Slugs.of("商店")).isNotEqualTo(Slugs.of("商场"));
    }

    @Property
    void everySlugIsADnsLabel(@ForAll String name) {
        assertThat(Slugs.of(name)).matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    }
}
