package dev.appaloft.core.domains;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JndiDnsResolverTest {

    @Test
    void aTxtRecordOfSeveralStringsIsTheirConcatenation() {
        assertThat(JndiDnsResolver.unquote("\"appaloft-domain-verification=\" \"abc\"")).isEqualTo("appaloft-domain-verification=abc");
        assertThat(JndiDnsResolver.unquote("\"a \\\"quoted\\\" word\"")).isEqualTo("a \"quoted\" word");
        assertThat(JndiDnsResolver.unquote("plain")).isEqualTo("plain");
    }

    @Test
    void addressesOfAnUnknownNameAreNone() {
        assertThat(new JndiDnsResolver().addresses("no-such-host.invalid")).isEmpty();
    }
}
