package fr.vigiesociale.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** No trainer account in a real deployment unless one is declared; the demonstration one only in the demo profile. */
class TrainerAccountsTest {

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TrainerAccountsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(in);
        }
        return p;
    }

    @Test
    void theDemonstrationAccountExistsOnlyInTheDemoProfile() throws Exception {
        assertThat(load("/application.properties").stringPropertyNames()).noneMatch(k -> k.startsWith("vigie.trainers."));
        assertThat(load("/application-demo.properties").getProperty("vigie.trainers.formateur"))
                .isEqualTo(TrainerAccounts.DEFAULT_HASH);
    }

    @Test
    void withoutAnyAccountTheSignInPageSaysHowToMakeOne() {
        assertThat(TrainerAccounts.any(new MockEnvironment())).isFalse();
        assertThat(TrainerAccounts.any(new MockEnvironment().withProperty("vigie.trainers.claire", "{bcrypt}x"))).isTrue();
        assertThat(fr.vigiesociale.i18n.Messages.of(fr.vigiesociale.i18n.Lang.FR).get("web.trainer.login.noAccount"))
                .contains("password-hash", "--vigie.trainers.", "demo");
    }
}
