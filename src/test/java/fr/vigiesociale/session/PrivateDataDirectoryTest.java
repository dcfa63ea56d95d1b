package fr.vigiesociale.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The embedded database's folder holds names and decisions: readable by its owner only. */
class PrivateDataDirectoryTest {

    @Test
    void theDataFolderAndTheFilesInItAreNarrowedToTheirOwner(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = Files.writeString(data.resolve("vigie-sociale.mv.db"), "x");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        MockEnvironment env = new MockEnvironment().withProperty("vigie.data-dir", data.toString())
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + data + "/vigie-sociale");
        new PrivateDataDirectory(env).postProcessBeanFactory(null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
        // a folder yet to be made is made private
        Path fresh = tmp.resolve("nouveau");
        new PrivateDataDirectory(new MockEnvironment().withProperty("vigie.data-dir", fresh.toString())
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + fresh + "/x")).postProcessBeanFactory(null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }
}
