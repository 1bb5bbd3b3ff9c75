package dev.appaloft.core.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.dependencies.DependencyKind;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * How a MySQL login is written down: the URL a binding injects (its password percent-encoded), the
 * client option file and the SQL literal of a password change (quotes and backslashes escaped, so
 * what the client and server read back is the password itself; DockerMysqlIT rotates to such a
 * password against a real server).
 */
class MysqlCredentialsTest {

    private static DependencyResource mysql(String user, String database) {
        return new DependencyResource("dep_1", "org_1", "prj_1", "env_1", "srv_1", "Orders", "orders",
                DependencyKind.MYSQL, "local-shell", null, List.of(), List.of(), false, null, "ready", null,
                new DependencyResource.Credentials("dep-orders", DatabaseKinds.MYSQL_PORT, user, database, "sealed"),
                Instant.EPOCH, null, null);
    }

    @Test
    void aBindingReceivesAMysqlUrlOnPort3306() {
        assertThat(DependencyViews.url(mysql("appaloft", "orders"), "s3cret"))
                .isEqualTo("mysql://appaloft:s3cret@dep-orders:3306/orders");
        assertThat(DependencyViews.url(mysql("appaloft", "orders"), "p@ss:w/rd #?%+ x"))
                .isEqualTo("mysql://appaloft:p%40ss%3Aw%2Frd%20%23%3F%25%2B%20x@dep-orders:3306/orders");
        assertThat(DatabaseKinds.port(DependencyKind.MYSQL)).isEqualTo(3306);
    }

    @Property
    void theUrlsPasswordDecodesToThePassword(@ForAll @StringLength(min = 1, max = 40)
                                             @CharRange(from = ' ', to = '~') String password) {
        URI uri = URI.create(DependencyViews.url(mysql("appaloft", "orders"), password));
        assertThat(uri.getHost()).isEqualTo("dep-orders");
        assertThat(uri.getPort()).isEqualTo(3306);
        assertThat(uri.getPath()).isEqualTo("/orders");
        String info = uri.getRawUserInfo();
        assertThat(info.substring(0, info.indexOf(':'))).isEqualTo("appaloft");
        assertThat(URLDecoder.decode(info.substring(info.indexOf(':') + 1).replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(password);
    }

    @Property
    void anOptionFileValueReadsBackAsItself(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~')
                                            String password) {
        String quoted = MysqlDumps.quoted(password);
        assertThat(quoted).startsWith("\"").endsWith("\"");
        assertThat(unescape(quoted.substring(1, quoted.length() - 1), '"')).isEqualTo(password);
    }

    @Property
    void aSqlLiteralReadsBackAsItself(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~')
                                      String password) {
        String literal = MysqlDumps.literal(password);
        assertThat(literal).startsWith("'").endsWith("'");
        assertThat(unescape(literal.substring(1, literal.length() - 1), '\'')).isEqualTo(password);
    }

    @Test
    void theOptionFileLogsInOverTheLoopbackAndThePasswordChangeSuitsEachServer() {
        assertThat(MysqlDumps.optionFile("appaloft", "a\"b\\c"))
                .isEqualTo("[client]\nuser=\"appaloft\"\npassword=\"a\\\"b\\\\c\"\nhost=127.0.0.1\nport=3306\n");
        assertThat(MysqlDumps.passwordChange("it's", false)).isEqualTo("SET PASSWORD = 'it\\'s';\n");
        assertThat(MysqlDumps.passwordChange("it's", true)).isEqualTo("SET PASSWORD = PASSWORD('it\\'s');\n");
    }

    /**
     * Backslash escapes read back the way the client's option file parser and the server's string
     * literals do; a bare {@code quote} would end the value, so none may be left.
     */
    private static String unescape(String body, char quote) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            assertThat(c).as("no bare quote inside the value").isNotEqualTo(quote);
            if (c == '\\') {
                assertThat(i + 1).as("no dangling backslash").isLessThan(body.length());
                out.append(body.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
