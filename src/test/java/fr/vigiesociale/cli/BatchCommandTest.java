package fr.vigiesociale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} and {@code batch-sample} on the command line: outputs and exit statuses. */
class BatchCommandTest {

    @Test
    void aSampleOfOneDepartementIsRankedWithItsFirstActions(@TempDir Path dir) throws IOException {
        CliTest.Run sample = CliTest.run("batch-sample", "--seed", "5", "--departement", "2A");
        assertThat(sample.status()).isZero();
        assertThat(sample.out()).startsWith("# Données synthétiques").contains("2A004;");
        Path file = dir.resolve("corse-du-sud.csv");
        Files.writeString(file, sample.out());
        CliTest.Run text = CliTest.run("batch", "--kind", "health", "--phase", "acute", "--limit", "5", file.toString());
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("Territoires classés : 124 sur 124 lignes", "Première action", " 2A ").contains("… et 119 autres");
        assertThat(text.out().lines().skip(1)).allMatch(l -> l.length() <= 80);
        CliTest.Run csv = CliTest.run("batch", "--kind", "HEALTH", "--phase", "ACUTE", "--format", "csv", file.toString());
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("rank;inseeCode;name;departement;level;population");
        CliTest.Run jsonl = CliTest.run("batch", "--kind=HEALTH", "--phase=ACUTE", "--format=jsonl", file.toString());
        assertThat(jsonl.out().lines().findFirst().orElseThrow()).startsWith("{\"rank\":1,");
    }

    @Test
    void badRowsGiveExit2WithTheRankingStillPrinted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "inseeCode;foodAidRequestsChangePct\n59512;45\n99999;10\n");
        CliTest.Run r = CliTest.run("batch", "--kind", "HEALTH", "--phase", "ACUTE", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("Roubaix", "ligne 3, colonne inseeCode", "99999");
        CliTest.Run noPhase = CliTest.run("batch", "--kind", "HEALTH", file.toString());
        assertThat(noPhase.status()).isEqualTo(2);
        assertThat(noPhase.out()).contains("--phase").doesNotContain("Roubaix");
        CliTest.Run missing = CliTest.run("batch", "--kind", "HEALTH", "--phase", "ACUTE", dir.resolve("nope.csv").toString());
        assertThat(missing.err()).contains("introuvable");
        assertThat(missing.status()).as("a missing file is no invalid row").isEqualTo(1);
        assertThat(CliTest.run("batch", "--format", "pdf", file.toString()).status()).isEqualTo(1);
    }

    @Test
    void aFileNotInUtf8OrWithABrokenQuoteIsToldAtItsLineWithoutAnInternalMessage(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "inseeCode;territory.name\n48146;Sainte-\u00c9nimie\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliTest.Run r = CliTest.run("batch", "--kind", "HEALTH", "--phase", "ACUTE", latin1.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("ligne 2 : ce fichier n'est pas en UTF-8", "colonne 14", "CSV UTF-8")
                .doesNotContain("Exception", "inattendue");
        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, "inseeCode,foodAidRequestsChangePct\n59512,48\n\"71076\"x,12\n");
        CliTest.Run q = CliTest.run("batch", "--kind", "HEALTH", "--phase", "ACUTE", quote.toString());
        assertThat(q.status()).isEqualTo(2);
        assertThat(q.out() + q.err()).contains("Roubaix", "ligne 3 : guillemet").doesNotContain("Exception", "commons");
    }
}
