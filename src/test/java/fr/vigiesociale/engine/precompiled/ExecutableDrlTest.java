package fr.vigiesociale.engine.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExecutableDrlTest {

    private static String adapt(String drl) {
        return new String(ExecutableDrl.adapt(drl.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void listMetadataBecomesAJavaListOnTheSameLines() {
        String drl = """
                rule "R"
                    @source(["hcts-2021/a", "hcts-2021/b",
                             "ministre-2021-05/c"])
                    @weight("trigger.gap")
                    @cites(["crisis.phase"])
                when
                    Crisis(phase in (CrisisPhase.ALERT, CrisisPhase.ACUTE))
                then
                end
                """;
        String adapted = adapt(drl);
        assertThat(adapted).contains("@source(java.util.List.of(\"hcts-2021/a\", \"hcts-2021/b\",\n",
                "\"ministre-2021-05/c\"))", "@weight(\"trigger.gap\")", "@cites(java.util.List.of(\"crisis.phase\"))",
                "Crisis(phase in (CrisisPhase.ALERT, CrisisPhase.ACUTE))");
        assertThat(adapted.lines().count()).isEqualTo(drl.lines().count());
    }
}
