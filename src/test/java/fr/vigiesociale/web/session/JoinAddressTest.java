package fr.vigiesociale.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** The address a phone in the room opens to join: never a loopback one without a warning. */
class JoinAddressTest {

    private static UriComponents base(String url) {
        return UriComponentsBuilder.fromUriString(url).build();
    }

    @Test
    void theDeclaredPublicAddressWinsWhateverTheBrowserUsed() {
        JoinAddress a = new JoinAddress("https://vigie.departement.fr/", "", () -> Optional.of("192.168.1.20"));
        assertThat(a.of(base("http://localhost:8080"), "ABC234"))
                .isEqualTo(new JoinAddress.Link("https://vigie.departement.fr/rejoindre?code=ABC234", JoinAddress.Warning.NONE));
    }

    @Test
    void anAddressTheBrowserReachedByNameOrNetworkIsKept() {
        JoinAddress a = new JoinAddress("", "", () -> Optional.of("192.168.1.20"));
        assertThat(a.of(base("https://vigie.departement.fr"), "ABC234"))
                .isEqualTo(new JoinAddress.Link("https://vigie.departement.fr/rejoindre?code=ABC234", JoinAddress.Warning.NONE));
        assertThat(a.of(base("http://10.0.0.7:8080"), "ABC234").warning()).isEqualTo(JoinAddress.Warning.NONE);
    }

    @Test
    void onLocalhostTheMachinesNetworkAddressIsGivenWithAWarningToCheckIt() {
        JoinAddress a = new JoinAddress("", "", () -> Optional.of("192.168.1.20"));
        for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"}) {
            assertThat(a.of(base(local), "ABC234")).as(local)
                    .isEqualTo(new JoinAddress.Link("http://192.168.1.20:8080/rejoindre?code=ABC234", JoinAddress.Warning.DETECTED));
        }
        assertThat(a.of(base("http://localhost:8080/vigie"), "ABC234").url())
                .as("behind a context path").isEqualTo("http://192.168.1.20:8080/vigie/rejoindre?code=ABC234");
    }

    @Test
    void withoutANetworkAddressOrListeningOnLoopbackOnlyPhonesCannotJoinAndTheTrainerIsTold() {
        JoinAddress none = new JoinAddress("", "", Optional::empty);
        assertThat(none.of(base("http://localhost:8080"), "ABC234"))
                .isEqualTo(new JoinAddress.Link("http://localhost:8080/rejoindre?code=ABC234", JoinAddress.Warning.LOCAL_ONLY));
        JoinAddress loopbackOnly = new JoinAddress("", "127.0.0.1", () -> Optional.of("192.168.1.20"));
        assertThat(loopbackOnly.of(base("http://localhost:8080"), "ABC234").warning()).isEqualTo(JoinAddress.Warning.LOCAL_ONLY);
    }

    @Test
    void thisMachinesAddressIsNeverALoopbackOne() {
        JoinAddress.machineAddress().ifPresent(host -> assertThat(JoinAddress.loopback(host)).as(host).isFalse());
    }
}
